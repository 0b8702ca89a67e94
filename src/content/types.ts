/** The two languages of the product. A `Bilingual` must have both: a missing translation is a type error. */
export type Lang = 'zh' | 'en';
export const languages: readonly Lang[] = ['zh', 'en'];
export type Bilingual = Readonly<Record<Lang, string>>;

export type Answer = 'yes' | 'no' | 'unsure';
export const answers: readonly Answer[] = ['yes', 'no', 'unsure'];

export type Method = 'online' | 'store';
export const methods: readonly Method[] = ['online', 'store'];

/**
 * When a step applies.
 * - `question`: the step applies when the answer is `is`; "not sure" counts as `is` until the person checks.
 *   While the question is unanswered the step is pending: shown, counted, and waiting on the answer.
 * - `method`: the step belongs to that way of cancelling; it counts only while that method is chosen.
 * - `anyOf`: applies when any of its conditions does.
 */
export type Condition =
  | { readonly question: string; readonly is: 'yes' | 'no' }
  | { readonly method: Method }
  | { readonly anyOf: readonly Condition[] };

/**
 * - `prerequisite`: must be done before the cancellation is submitted; unticked, it blocks.
 * - `submit`: the act of handing in the cancellation; cannot start until nothing blocks.
 * - `followUp`: after submission (wait for review, keep the certificate, follow the refund).
 * - `confirm`: the operator confirmed the cancellation: the only "cancelled" there is.
 */
export type StepKind = 'prerequisite' | 'submit' | 'followUp' | 'confirm';

export interface SubItem {
  readonly id: string;
  readonly title: Bilingual;
}

export interface Step {
  readonly id: string;
  readonly kind: StepKind;
  readonly title: Bilingual;
  readonly detail?: Bilingual;
  /** One line saying why this matters, shown when it blocks cancellation. */
  readonly why: Bilingual;
  readonly when?: Condition;
  /** Steps that must be done before this one (ignored where they do not apply). */
  readonly requires?: readonly string[];
  /** Checkable reminders under a step (the services to unbind); they help, the step itself counts. */
  readonly subItems?: readonly SubItem[];
}

export interface Question {
  readonly id: string;
  readonly title: Bilingual;
  readonly help?: Bilingual;
  /** Which answer means there is something to do ("not sure" is treated like it). */
  readonly needsActionWhen: 'yes' | 'no';
  /** Said when the answer is "not sure". */
  readonly unsureAdvice: Bilingual;
}

export interface Stage {
  readonly id: string;
  readonly title: Bilingual;
  readonly intro?: Bilingual;
  readonly questions: readonly Question[];
  /** This stage is where the person chooses online or in-store cancellation. */
  readonly choosesMethod?: boolean;
  readonly steps: readonly Step[];
}

export interface Checklist {
  readonly stages: readonly Stage[];
  readonly method: {
    readonly title: Bilingual;
    readonly options: Readonly<Record<Method, Bilingual>>;
    readonly why: Bilingual;
  };
}

/** Status words the rules produce and the page shows (GOV.UK task-list style). */
export type StepStatus = 'done' | 'todo' | 'cannotStart' | 'notApplicable';
export type StageStatus = 'notStarted' | 'inProgress' | 'done' | 'cannotStart' | 'notApplicable';
export type Readiness = 'blocked' | 'ready' | 'submitted' | 'confirmed';
