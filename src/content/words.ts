import type { Method } from './types';
import type { CoreUi, PageUi, UiText } from './ui';

/**
 * A question's title, phrased so that 是 / 否 (yes / no) answer it, or (a question with options of its own) its
 * options' names.
 */
export interface QuestionTitle {
  readonly title: string;
  readonly options?: Readonly<Record<string, string>>;
}

/** What the questions page says about a question. */
export interface QuestionDetails {
  readonly help?: string;
  /** What the answer changes in the list. */
  readonly changes: string;
  /** Said when the answer is "not sure"; it names the label the list acts on (a question with options has none). */
  readonly unsureAdvice?: string;
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

/** A task's words on every page: the overview lists it by its title. */
export interface TaskTitle {
  readonly title: string;
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
  /** A number from abroad: where it is from, its operator (`other` for one not named), prepaid or a contract. */
  readonly place: 'uk' | 'hk' | 'us' | 'other' | null;
  readonly operator: string | null;
  readonly plan: 'prepaid' | 'contract' | null;
  /** The way of ending chosen on this path (lapse, close, port; online, store), if any. */
  readonly method: Method | null;
  /**
   * What a number from abroad's end is counted from (`keepAliveRule`, rules/lineEnd.ts): the last chargeable use,
   * the card's expiry, the payment not made, or the day the operator gives; null for a mainland number.
   */
  readonly endFrom: 'lastUse' | 'cardExpiry' | 'paymentDue' | 'operatorEnd' | null;
}

/** Words that are either fixed or built from the person's facts. */
export type Scripted<T> = T | ((facts: ScriptFacts) => T);

/** A task's words on its own page and in print. */
export interface TaskDetails {
  /** One line saying why it matters; shown on its page when it blocks cancellation or commits to it. */
  readonly why: string;
  /** What to do, in a sentence or two. */
  readonly detail?: Scripted<string>;
  /** Questions to put to the operator (none, when built from facts that need none). */
  readonly ask?: Scripted<readonly string[]>;
  /** What to say at the counter or on the phone; "____" marks the person's own facts. */
  readonly say?: Scripted<string>;
  /** The done control's label, where "done" would not say what ticking means (a step that ends the line; a duty kept). */
  readonly done?: Scripted<string>;
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

/** Some sections of the interface's words, said otherwise on one path (the status line of a number from abroad). */
export type UiOverrides<T> = { readonly [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? Partial<T[K]> : T[K] };

/**
 * The words every page shows, on either path, in one language: the interface's frame, the rules' reasons and
 * the question that decides the list. Loaded before the first render, for the language on screen only.
 */
export interface CoreFile {
  readonly ui: CoreUi;
  readonly reasons: ReasonWords;
  readonly questions: Readonly<Record<string, QuestionTitle>>;
}

/**
 * One path's titles (its questions, groups and tasks, by the ids of `checklist.ts`) and what it says otherwise
 * in the frame. Loaded before the first render once the path is known; the other path's never.
 */
export interface PathFile {
  readonly ui?: UiOverrides<CoreUi>;
  readonly reasons?: Partial<ReasonWords>;
  readonly questions: Readonly<Record<string, QuestionTitle>>;
  readonly groups: Readonly<Record<string, GroupTitle>>;
  readonly tasks: Readonly<Record<string, TaskTitle>>;
}

/**
 * The words every page shows, joined: the core and the path's titles. What the components read.
 */
export interface CoreWords {
  readonly ui: CoreUi;
  readonly reasons: ReasonWords;
  readonly questions: Readonly<Record<string, QuestionTitle>>;
  readonly groups: Readonly<Record<string, GroupTitle>>;
  readonly tasks: Readonly<Record<string, TaskTitle>>;
}

/** The task, questions, print and data pages' own interface, on either path, and the deciding question's details. */
export interface PagesFile {
  readonly ui: PageUi;
  readonly questions: Readonly<Record<string, QuestionDetails>>;
}

/**
 * What one path's task and questions pages say: loaded with the first of those pages, so the overview does not
 * wait for them.
 */
export interface PathPagesFile {
  readonly ui?: UiOverrides<PageUi>;
  /** Groups without an introduction may be left out; every task of the path says why it matters. */
  readonly groups: Readonly<Record<string, GroupDetails>>;
  readonly questions: Readonly<Record<string, QuestionDetails>>;
  readonly tasks: Readonly<Record<string, TaskDetails>>;
  /** List groups by `task.group` id (`rebind.payment`). */
  readonly listGroups: Readonly<Record<string, string>>;
  /** List items by their tick ids (`rebind.wechat`). */
  readonly items: Readonly<Record<string, ItemWords>>;
  /** The ways of cancelling offered on the path. */
  readonly methods: Readonly<Partial<Record<Method, { readonly label: string; readonly caution?: string }>>>;
  /** Where to turn when the operator will not cancel, in the order to try them. */
  readonly stuck: readonly { readonly title: string; readonly detail: string }[];
}

/** Every word of one language and path: the four parts, joined by id. A test checks each against the checklist. */
export interface Words {
  readonly ui: UiText;
  readonly reasons: ReasonWords;
  readonly questions: Readonly<Record<string, QuestionWords>>;
  readonly groups: Readonly<Record<string, GroupWords>>;
  readonly tasks: Readonly<Record<string, TaskWords>>;
  readonly listGroups: PathPagesFile['listGroups'];
  readonly items: PathPagesFile['items'];
  readonly methods: PathPagesFile['methods'];
  readonly stuck: PathPagesFile['stuck'];
}

/** `core` and `pages` by id: a question or task has its title from one and its details from the other. */
function byId<A extends object, B extends object>(a: Readonly<Record<string, A>>, b: Readonly<Record<string, B>>): Record<string, A & B> {
  const joined: Record<string, A & B> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) joined[id] = { ...a[id], ...b[id] } as A & B;
  return joined;
}

/** The interface's words with a path's overrides: a section it names is merged key by key over the shared one. */
function withOverrides<T extends object>(ui: T, overrides: UiOverrides<T> | undefined): T {
  if (!overrides) return ui;
  const merged: Record<string, unknown> = { ...(ui as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    const base = merged[key];
    merged[key] = typeof value === 'object' && value !== null && typeof base === 'object' && base !== null ? { ...base, ...value } : value;
  }
  return merged as T;
}

/** The words the overview and every frame read: the core, and the path's titles once it is known. */
export function joinCore(core: CoreFile, path: PathFile | null): CoreWords {
  if (!path) return { ...core, groups: {}, tasks: {} };
  return { ui: withOverrides(core.ui, path.ui), reasons: { ...core.reasons, ...path.reasons }, questions: { ...core.questions, ...path.questions }, groups: path.groups, tasks: path.tasks };
}

/** Every word of a language on a path: the joined core, and the pages' words with the path's. */
export function joinWords(core: CoreWords, pages: PagesFile, path: PathPagesFile | null): Words {
  const empty: PathPagesFile = { groups: {}, questions: {}, tasks: {}, listGroups: {}, items: {}, methods: {}, stuck: [] };
  const p = path ?? empty;
  return {
    ui: { ...core.ui, ...withOverrides(pages.ui, p.ui) },
    reasons: core.reasons,
    groups: byId(core.groups, p.groups),
    questions: byId(core.questions, { ...pages.questions, ...p.questions }),
    tasks: byId(core.tasks, p.tasks),
    listGroups: p.listGroups,
    items: p.items,
    methods: p.methods,
    stuck: p.stuck,
  };
}
