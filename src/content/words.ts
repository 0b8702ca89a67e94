import type { Method } from './types';
import type { UiText } from './ui';

/** A question's words. Its title is phrased so that 是 / 否 (yes / no) answer it. */
export interface QuestionWords {
  readonly title: string;
  readonly help?: string;
  /** What the answer changes in the list. */
  readonly changes: string;
  /** Said when the answer is "not sure"; it names the label the list acts on. */
  readonly unsureAdvice: string;
}

export interface GroupWords {
  readonly title: string;
  readonly intro?: string;
}

export interface TaskWords {
  readonly title: string;
  /** What to do, in a sentence or two. */
  readonly detail?: string;
  /** One line saying why it matters; shown when it blocks cancellation. */
  readonly why: string;
  /** Questions to put to the operator. */
  readonly ask?: readonly string[];
  /** What to say at the counter or on the phone; "____" marks the person's own facts. */
  readonly say?: string;
}

export interface ItemWords {
  readonly title: string;
  /** Where the setting usually is, worded as usual, never promised. */
  readonly where?: string;
}

/** The rules' own sentences: why something waits, or blocks. */
export interface ReasonWords {
  readonly answerQuestion: string;
  readonly waitsForAnswer: (question: string) => string;
  readonly waitsForTask: (task: string) => string;
  readonly waitsForPrerequisites: (count: number) => string;
  readonly waitsForSubmission: string;
  readonly withUnsure: (why: string) => string;
}

/**
 * Every word of the page in one language: the interface, the rules' reasons, and the checklist's words by the
 * ids of its structure (`checklist.ts`). Only the language on screen is loaded; a test checks that both
 * languages have words for every id and none for ids that do not exist.
 */
export interface Words {
  readonly ui: UiText;
  readonly reasons: ReasonWords;
  readonly questions: Readonly<Record<string, QuestionWords>>;
  readonly groups: Readonly<Record<string, GroupWords>>;
  readonly tasks: Readonly<Record<string, TaskWords>>;
  /** List groups by `task.group` id (`rebind.payment`). */
  readonly listGroups: Readonly<Record<string, string>>;
  /** List items by their tick ids (`rebind.wechat`). */
  readonly items: Readonly<Record<string, ItemWords>>;
  readonly methods: Readonly<Record<Method, { readonly label: string; readonly caution?: string }>>;
  /** Where to turn when the operator will not cancel, in the order to try them. */
  readonly stuck: readonly { readonly title: string; readonly detail: string }[];
}
