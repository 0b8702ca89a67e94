import type { Method } from './types';
import type { CoreUi, PageUi, UiText } from './ui';

/** A question's title, phrased so that 是 / 否 (yes / no) answer it. */
export interface QuestionTitle {
  readonly title: string;
}

/** What the questions page says about a question. */
export interface QuestionDetails {
  readonly help?: string;
  /** What the answer changes in the list. */
  readonly changes: string;
  /** Said when the answer is "not sure"; it names the label the list acts on. */
  readonly unsureAdvice: string;
}

export type QuestionWords = QuestionTitle & QuestionDetails;

export interface GroupTitle {
  readonly title: string;
}

/** Said on the pages of the group's tasks: what the group is about. */
export interface GroupDetails {
  readonly intro?: string;
}

export type GroupWords = GroupTitle & GroupDetails;

/** A task's words on every page: the overview lists it and says why it blocks. */
export interface TaskTitle {
  readonly title: string;
  /** One line saying why it matters; shown when it blocks cancellation. */
  readonly why: string;
}

/**
 * What the person's answers say about them, for words built from the answers: someone goes for the holder, a
 * refund is asked for, a watch shares the number, an agreement has not ended ("not sure" counts: better said).
 */
export interface ScriptFacts {
  readonly forHolder: boolean;
  readonly refund: boolean;
  readonly sharedDevice: boolean;
  readonly contract: boolean;
}

/** Words that are either fixed or built from the person's facts. */
export type Scripted<T> = T | ((facts: ScriptFacts) => T);

/** A task's words on its own page and in print. */
export interface TaskDetails {
  /** What to do, in a sentence or two. */
  readonly detail?: Scripted<string>;
  /** Questions to put to the operator (none, when built from facts that need none). */
  readonly ask?: Scripted<readonly string[]>;
  /** What to say at the counter or on the phone; "____" marks the person's own facts. */
  readonly say?: Scripted<string>;
}

export type TaskWords = TaskTitle & TaskDetails;

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
  /** A step that commits to the cancellation waits for the tasks that protect the person (their titles). */
  readonly waitsForProtection: (tasks: readonly string[]) => string;
  readonly withUnsure: (why: string) => string;
}

/**
 * The words every page shows, in one language: the interface's frame, the rules' reasons and the checklist's
 * titles, by the ids of its structure (`checklist.ts`). Loaded before the first render, for the language on
 * screen only.
 */
export interface CoreWords {
  readonly ui: CoreUi;
  readonly reasons: ReasonWords;
  readonly questions: Readonly<Record<string, QuestionTitle>>;
  readonly groups: Readonly<Record<string, GroupTitle>>;
  readonly tasks: Readonly<Record<string, TaskTitle>>;
}

/**
 * The rest of a language's words: what the task, questions, print and data pages say. Loaded with the first of
 * those pages, so the overview does not wait for them.
 */
export interface PageWords {
  readonly ui: PageUi;
  /** Groups, questions and tasks without details may be left out. */
  readonly groups: Readonly<Record<string, GroupDetails>>;
  readonly questions: Readonly<Record<string, QuestionDetails>>;
  readonly tasks: Readonly<Record<string, TaskDetails>>;
  /** List groups by `task.group` id (`rebind.payment`). */
  readonly listGroups: Readonly<Record<string, string>>;
  /** List items by their tick ids (`rebind.wechat`). */
  readonly items: Readonly<Record<string, ItemWords>>;
  readonly methods: Readonly<Record<Method, { readonly label: string; readonly caution?: string }>>;
  /** Where to turn when the operator will not cancel, in the order to try them. */
  readonly stuck: readonly { readonly title: string; readonly detail: string }[];
}

/** Every word of one language: both parts, joined by id. A test checks both languages against the checklist. */
export interface Words {
  readonly ui: UiText;
  readonly reasons: ReasonWords;
  readonly questions: Readonly<Record<string, QuestionWords>>;
  readonly groups: Readonly<Record<string, GroupWords>>;
  readonly tasks: Readonly<Record<string, TaskWords>>;
  readonly listGroups: PageWords['listGroups'];
  readonly items: PageWords['items'];
  readonly methods: PageWords['methods'];
  readonly stuck: PageWords['stuck'];
}

/** `core` and `pages` by id: a question or task has its title from one and its details from the other. */
function byId<A extends object, B extends object>(a: Readonly<Record<string, A>>, b: Readonly<Record<string, B>>): Record<string, A & B> {
  const joined: Record<string, A & B> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) joined[id] = { ...a[id], ...b[id] } as A & B;
  return joined;
}

export function joinWords(core: CoreWords, pages: PageWords): Words {
  return {
    ...pages,
    ui: { ...core.ui, ...pages.ui },
    reasons: core.reasons,
    groups: byId(core.groups, pages.groups),
    questions: byId(core.questions, pages.questions),
    tasks: byId(core.tasks, pages.tasks),
  };
}
