/** The two languages of the product. Each has its own words file (`words/zh.ts`, `words/en.ts`). */
export type Lang = 'zh' | 'en';
export const languages: readonly Lang[] = ['zh', 'en'];

/**
 * An answer: yes / no / not sure for most questions, or one of a question's own options (where the number is
 * from, its operator, prepaid or a contract).
 */
export type Answer = string;
export type YesNo = 'yes' | 'no' | 'unsure';
export const yesNo: readonly YesNo[] = ['yes', 'no', 'unsure'];

/**
 * Ways of cancelling: online or at a store (a mainland number); for a number from abroad, letting it lapse,
 * asking the operator to close it, or porting it out (`checklist.methods` says on which path each is offered).
 */
export type Method = 'online' | 'store' | 'lapse' | 'close' | 'port';
export const methods: readonly Method[] = ['online', 'store', 'lapse', 'close', 'port'];

/**
 * The two lists: a mainland number, and a number from abroad (UK, Hong Kong, US, elsewhere). The first question
 * (where the number is from) decides which; each path's words are files of their own.
 */
export type Path = 'mainland' | 'abroad';
export const paths: readonly Path[] = ['mainland', 'abroad'];

/** When the work happens. Groups come in this order, and nothing in `after` can hold up the submission. */
export type Phase = 'before' | 'cancel' | 'after';
export const phases: readonly Phase[] = ['before', 'cancel', 'after'];

/**
 * When a task, a question or a list item applies.
 * - `question`: applies when the answer is `is` (yes / no, or one of the question's options); for a yes / no
 *   question "not sure" counts as `is` until the person checks. While the question is unanswered the task is
 *   pending: counted, waiting on the answer; while it is not asked (its own condition does not hold), not.
 * - `method`: belongs to that way of cancelling; it applies only once that method is chosen.
 * - `notMethod`: applies unless that method is chosen.
 * - `anyOf` / `allOf`: applies when any / all of its conditions do.
 */
export type Condition =
  | { readonly question: string; readonly is: string }
  | { readonly method: Method }
  /** Any way but this one (moving the accounts, unless the number is ported and keeps working). */
  | { readonly notMethod: Method }
  | { readonly anyOf: readonly Condition[] }
  | { readonly allOf: readonly Condition[] };

/**
 * - `prerequisite`: done before the cancellation is submitted; while it is not, it blocks.
 * - `method`: choosing online or in a store; a prerequisite done by the choice, not by a tick.
 * - `submit`: handing in the cancellation; cannot start while anything blocks it.
 * - `followUp`: after submission (keep the proof, the refund, deleting the eSIM, a later re-check).
 * - `confirm`: the operator confirmed the cancellation: the only "cancelled" there is.
 */
export type TaskKind = 'prerequisite' | 'method' | 'submit' | 'followUp' | 'confirm';

/** What a kind of task means. One table: the rules, the validator, the store and the pages read it. */
export interface KindRule {
  /** Done before the submission; while it is not, it blocks it. */
  readonly blocksSubmission: boolean;
  /** How it is done: by a tick (a task with a list: by its items), the method choice, the operator's confirmation. */
  readonly doneBy: 'tick' | 'choice' | 'confirmation';
  /** Its tick is the submission of the cancellation. */
  readonly isSubmission: boolean;
  /** Comes after the submission and waits for it; its group is in the `after` phase. */
  readonly afterSubmission: boolean;
}

export const kinds: Readonly<Record<TaskKind, KindRule>> = {
  prerequisite: { blocksSubmission: true, doneBy: 'tick', isSubmission: false, afterSubmission: false },
  method: { blocksSubmission: true, doneBy: 'choice', isSubmission: false, afterSubmission: false },
  submit: { blocksSubmission: false, doneBy: 'tick', isSubmission: true, afterSubmission: false },
  followUp: { blocksSubmission: false, doneBy: 'tick', isSubmission: false, afterSubmission: true },
  confirm: { blocksSubmission: false, doneBy: 'confirmation', isSubmission: false, afterSubmission: true },
};

/** Whether the person ticks the task itself (not a choice, not the confirmation, not a task made of a list). */
export const isTickable = (task: Pick<Task, 'kind' | 'list'>): boolean => kinds[task.kind].doneBy === 'tick' && !task.list;

/**
 * One entry of a task's list (an account to re-bind): the person marks it still to change, changed, or not on
 * this number (`ItemMark` in the store).
 */
export interface ListItem {
  readonly id: string;
  readonly when?: Condition;
  /**
   * The person lists entries of this kind in its place (their banks, one each): settled once one is listed (the
   * entries count themselves), or when marked not on this number.
   */
  readonly entries?: 'bank';
}

export interface ListGroup {
  readonly id: string;
  readonly items: readonly ListItem[];
  /** What marking its items means: moving an account to the new number (absent), stopping a payment, telling people. */
  readonly marks?: 'stop' | 'tell';
}

/** A task's structure; its words (title, what to do, why, what to ask or say) are in the words files by its id. */
export interface Task {
  readonly id: string;
  readonly kind: TaskKind;
  readonly when?: Condition;
  /**
   * Tasks that must be done before this one, where they apply (not while an unanswered question may make them
   * apply: the questions come first anyway); always earlier in the content.
   */
  readonly requires?: readonly string[];
  /** A list the task is made of: it is done when every applicable item is done or marked "I don't use this". */
  readonly list?: readonly ListGroup[];
  /** The person's own entries (their names for accounts not in the list) belong to this task's list. */
  readonly ownEntries?: boolean;
  /**
   * Keeps the person safe once the number is gone (the backup, re-binding, automatic payments, the balance, a
   * bundle or shared-number service): every step that commits to the cancellation waits for it.
   */
  readonly protects?: boolean;
  /**
   * A step of the cancellation that commits the person (going to the counter, telling staff, filling in,
   * uploading, the face check, submitting): it waits for every protecting task that applies. The one step per
   * way of cancelling that only finds out where and how does not commit.
   */
  readonly commits?: boolean;
  /** Tied to a later day (the re-check, some weeks after the cancellation): the page says it is early until then. */
  readonly notBefore?: 'recheck';
}

export interface Question {
  readonly id: string;
  /** Asked only when this holds (the refund question, once there is a balance). */
  readonly when?: Condition;
  /** Its answers, when not yes / no / not sure (where the number is from; its operator). */
  readonly options?: readonly string[];
  /**
   * Decides which list there is (where the number is from): asked first and, until it is answered, the one
   * thing that blocks; meanwhile the list is its first option's (a mainland number's), as before it was asked.
   */
  readonly decidesList?: true;
}

/** A question's possible answers. */
export const optionsOf = (q: Pick<Question, 'options'>): readonly string[] => q.options ?? yesNo;

export interface Group {
  readonly id: string;
  readonly phase: Phase;
  readonly tasks: readonly Task[];
}

export interface MethodOption {
  /** Offered only when this holds (online and the store for a mainland number; lapsing for a prepaid one from abroad). */
  readonly when: Condition;
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

/**
 * Dates the person writes down (YYYY-MM-DD): as the operator gave them, when the confirmation should come, when
 * the refund is due, when an agreement ends if they chose to wait it out; and the day they submitted the
 * cancellation, when it was not the day they ticked it. For a number from abroad, what its end is counted from
 * (`rules/lineEnd.ts`): the last use that keeps it alive (a chargeable text, a top-up), the card's expiry (Hong
 * Kong), the payment that will not be made (Ultra Mobile), or the day the operator gives.
 */
export const dateKinds = ['expectConfirmation', 'refundDue', 'contractEnds', 'submitted', 'lastUse', 'cardExpiry', 'paymentDue', 'operatorEnd'] as const;
export type DateKind = (typeof dateKinds)[number];

/**
 * What a coming date is about: one the person wrote down; the re-check the list suggests; for a number from
 * abroad, when to keep it alive by (while accounts are still being moved), about when it should be gone, and the
 * check that it is.
 */
export type ComingKind = 'expectConfirmation' | 'refundDue' | 'contractEnds' | 'recheck' | 'keepAliveBy' | 'goneAround' | 'goneCheck';
