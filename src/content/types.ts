/** The two languages of the product. Each has its own words file (`words/zh.ts`, `words/en.ts`). */
export type Lang = 'zh' | 'en';
export const languages: readonly Lang[] = ['zh', 'en'];

export type Answer = 'yes' | 'no' | 'unsure';
export const answers: readonly Answer[] = ['yes', 'no', 'unsure'];

export type Method = 'online' | 'store';
export const methods: readonly Method[] = ['online', 'store'];

/** When the work happens. Groups come in this order, and nothing in `after` can hold up the submission. */
export type Phase = 'before' | 'cancel' | 'after';
export const phases: readonly Phase[] = ['before', 'cancel', 'after'];

/**
 * When a task, a question or a list item applies.
 * - `question`: applies when the answer is `is`; "not sure" counts as `is` until the person checks. While the
 *   question is unanswered (or is not asked yet) the task is pending: shown, counted, waiting on the answer.
 * - `method`: belongs to that way of cancelling; it applies only once that method is chosen.
 * - `anyOf`: applies when any of its conditions does.
 */
export type Condition =
  | { readonly question: string; readonly is: 'yes' | 'no' }
  | { readonly method: Method }
  | { readonly anyOf: readonly Condition[] };

/**
 * - `prerequisite`: done before the cancellation is submitted; while it is not, it blocks.
 * - `method`: choosing online or in a store; a prerequisite done by the choice, not by a tick.
 * - `submit`: handing in the cancellation; cannot start while anything blocks it.
 * - `followUp`: after submission (keep the proof, the refund, deleting the eSIM, a later re-check).
 * - `confirm`: the operator confirmed the cancellation: the only "cancelled" there is.
 */
export type TaskKind = 'prerequisite' | 'method' | 'submit' | 'followUp' | 'confirm';

/** One entry of a task's list (an account to re-bind): the person marks it done or "I don't use this". */
export interface ListItem {
  readonly id: string;
  readonly when?: Condition;
}

export interface ListGroup {
  readonly id: string;
  readonly items: readonly ListItem[];
}

/** A task's structure; its words (title, what to do, why, what to ask or say) are in the words files by its id. */
export interface Task {
  readonly id: string;
  readonly kind: TaskKind;
  readonly when?: Condition;
  /** Tasks that must be done before this one (ignored where they do not apply); always earlier in the content. */
  readonly requires?: readonly string[];
  /** A list the task is made of: it is done when every applicable item is done or marked "I don't use this". */
  readonly list?: readonly ListGroup[];
  /** The person's own entries (their names for accounts not in the list) belong to this task's list. */
  readonly ownEntries?: boolean;
}

export interface Question {
  readonly id: string;
  /** Asked only when this holds (the refund question, once there is a balance). */
  readonly when?: Condition;
}

export interface Group {
  readonly id: string;
  readonly phase: Phase;
  readonly tasks: readonly Task[];
}

export interface MethodOption {
  /** The option comes with a warning when this holds (someone else going: the store, not online). */
  readonly caution?: { readonly when: Condition };
}

export interface Checklist {
  readonly questions: readonly Question[];
  readonly groups: readonly Group[];
  readonly methods: Readonly<Record<Method, MethodOption>>;
}

/** Status words the rules produce and the page shows (GOV.UK task-list style). */
export type TaskStatus = 'notStarted' | 'inProgress' | 'done' | 'cannotStart' | 'notApplicable';
export type Readiness = 'blocked' | 'ready' | 'submitted' | 'confirmed';
