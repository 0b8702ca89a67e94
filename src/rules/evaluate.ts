import { kinds, optionsOf, type Answer, type Checklist, type Condition, type Group, type Method, type Phase, type Question, type Readiness, type Task, type TaskKind, type TaskStatus } from '../content/types';
import { addDays, isIsoDate, localDate, recheckAfterDays } from './dates';

/** What the person did: the rules' only input besides the content. Unknown ids and values are ignored. */
export interface ProgressInput {
  readonly answers: Readonly<Record<string, unknown>>;
  /** Ticked tasks and marked list items by id; a tick is present when its value is an object (`pending`: not settled). */
  readonly ticks: Readonly<Record<string, unknown>>;
  readonly method: unknown;
  /** The operator's confirmation; it counts when it has a non-empty date. */
  readonly confirmation: unknown;
  /** The person's own list entries; each is ticked as `custom.<id>`. */
  readonly customEntries: readonly { readonly id: string; readonly kind?: string }[];
  /** Dates the person wrote down (YYYY-MM-DD by kind); `submitted` is the day they submitted, if not the tick's. */
  readonly dates?: Readonly<Record<string, unknown>>;
}

/** Where a blocker or the next step leads: a question, or a task. */
export type Target = { readonly kind: 'question'; readonly questionId: string } | { readonly kind: 'task'; readonly taskId: string };
export type Blocker = Target & { readonly reason: Reason };

/**
 * Why something waits or blocks, as data: the page puts it into words in the language on screen
 * (`reasonText`, with the words' `reasons`).
 * - `answerQuestion`: a question is not answered yet;
 * - `waitsForAnswer` / `waitsForTask`: this task needs that answer, or that task done, first;
 * - `waitsForPrerequisites`: the submission waits on `count` things;
 * - `waitsForSubmission`: after the cancellation, so it waits for the submission;
 * - `why`: the task's own reason it matters (it blocks the cancellation); `unsure` when only a "not sure" answer
 *   makes it apply.
 */
export type Reason =
  | { readonly kind: 'answerQuestion' }
  | { readonly kind: 'waitsForAnswer'; readonly questionId: string }
  | { readonly kind: 'waitsForTask'; readonly taskId: string }
  | { readonly kind: 'waitsForPrerequisites'; readonly count: number }
  | { readonly kind: 'waitsForSubmission' }
  | { readonly kind: 'waitsForProtection'; readonly taskIds: readonly string[] }
  | { readonly kind: 'why'; readonly taskId: string; readonly unsure: boolean };

export interface TaskState {
  readonly id: string;
  readonly groupId: string;
  readonly kind: TaskKind;
  readonly status: TaskStatus;
  /** Why it cannot start yet, and what it waits on (both empty otherwise). */
  readonly reasons: readonly Reason[];
  readonly waitsOn: readonly Target[];
  /** Questions answered "not sure" that make this task apply. */
  readonly becauseUnsure: readonly string[];
  /** Whether the task applies is not known yet: it waits on an answer to a question. */
  readonly pending: boolean;
  /** For a task made of a list: how many applicable items are settled (done or not used), of how many. */
  readonly list: { readonly settled: number; readonly total: number } | null;
  /** A task tied to a later day (the re-check): that day, while it is still to come; null otherwise. */
  readonly earlyUntil: string | null;
}

export interface Counts {
  readonly done: number;
  /** Tasks that apply or may apply (waiting on an answer). */
  readonly total: number;
  /** The one "left to do": total − done. */
  readonly left: number;
}

export interface GroupState extends Counts {
  readonly id: string;
  readonly phase: Phase;
  readonly status: TaskStatus;
  /** Why the group cannot start yet (empty otherwise). */
  readonly reasons: readonly Reason[];
}

export interface QuestionState {
  readonly id: string;
  /** Asked now (its own condition holds); a question waiting on another answer is not asked yet. */
  readonly asked: boolean;
  readonly answer: Answer | null;
}

export interface Evaluation {
  readonly tasks: ReadonlyMap<string, TaskState>;
  readonly groups: readonly GroupState[];
  readonly questions: readonly QuestionState[];
  readonly method: Method | null;
  /** The ways of cancelling offered on the person's path, in the checklist's order. */
  readonly offered: readonly Method[];
  /** Ways of cancelling whose caution applies to this person (online, for someone not the holder). */
  readonly cautions: readonly Method[];
  readonly readiness: Readiness;
  /** Before submission: everything that still blocks it, questions first, then tasks in work order. */
  readonly blockers: readonly Blocker[];
  /** After submission: prerequisites that are (again) not done. Shown, never dropped. */
  readonly warnings: readonly Blocker[];
  /** List items (tick ids, `rebind.wechat`) that apply or may apply: the others belong to the other path. */
  readonly listItems: ReadonlySet<string>;
  /** The one next thing to do: an unanswered question, else the first task that can be done. */
  readonly next: Target | null;
  /** For each task, the next one in the order of the work that applies (a task page's "next" link). */
  readonly nextInOrder: ReadonlyMap<string, string | null>;
  /** The questions asked now: how many are answered, and their status as one row of the list. */
  readonly questionsSummary: { readonly status: TaskStatus; readonly answered: number; readonly asked: number };
  /** The submission of the chosen way, once ticked: its task and the day (the one written down, else the tick's). */
  readonly submission: { readonly taskId: string; readonly on: string | null } | null;
  /** What does not add up in saved data of earlier versions: shown, never refused or dropped. */
  readonly flags: readonly 'confirmationBeforeSubmission'[];
  readonly counts: Counts;
}

/** Whether a condition holds: yes, no, or not known until `open` questions are answered. */
interface Holds {
  readonly value: 'yes' | 'no' | 'pending';
  /** Questions answered "not sure" that make it hold. */
  readonly unsure: readonly string[];
  readonly open: readonly string[];
}

const YES: Holds = { value: 'yes', unsure: [], open: [] };
const NO: Holds = { value: 'no', unsure: [], open: [] };

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function isTicked(ticks: Readonly<Record<string, unknown>>, id: string): boolean {
  const tick = Object.hasOwn(ticks, id) ? ticks[id] : undefined;
  return typeof tick === 'object' && tick !== null;
}

export function isConfirmed(confirmation: unknown): boolean {
  if (typeof confirmation !== 'object' || confirmation === null) return false;
  const date = (confirmation as { date?: unknown }).date;
  return typeof date === 'string' && date.trim() !== '';
}

/**
 * Works out the state of every question, task and group from the person's progress. `today` (YYYY-MM-DD, the
 * device's) says which days have come: without it, no task is early. Pure.
 */
export function evaluate(checklist: Checklist, progress: ProgressInput, today: string | null = null): Evaluation {
  const questionsById = new Map(checklist.questions.map((q) => [q.id, q]));
  const allTasks = checklist.groups.flatMap((group) => group.tasks.map((task) => ({ task, group })));
  const tasksById = new Map(allTasks.map(({ task }) => [task.id, task]));
  const answerOf = (id: string): Answer | null => {
    const a = Object.hasOwn(progress.answers, id) ? progress.answers[id] : undefined;
    const question = questionsById.get(id);
    return question && typeof a === 'string' && optionsOf(question).includes(a) ? a : null;
  };
  // The question that decides the list, while unanswered, blocks first; the list meanwhile is its first option's.
  const undecided = checklist.questions.filter((q) => q.decidesList && answerOf(q.id) === null).map((q) => q.id);
  const listAnswerOf = (q: Question): Answer | null => answerOf(q.id) ?? (q.decidesList ? (optionsOf(q)[0] ?? null) : null);
  // A way of cancelling counts only where it is offered (a mainland way is kept, not used, on the other path).
  // The ways' own conditions never name a way (validate.ts), so this reads no method before it is known.
  const chosen = Object.hasOwn(checklist.methods, String(progress.method)) ? (progress.method as Method) : null;
  const method = chosen !== null && holds(checklist.methods[chosen].when).value === 'yes' ? chosen : null;
  const ticked = (id: string) => isTicked(progress.ticks, id);

  // A question counts only while it is asked: an answer left from before its condition changed is ignored.
  function askedNow(q: Question): Holds {
    return holds(q.when);
  }
  function holds(c: Condition | undefined): Holds {
    if (!c) return YES;
    if ('method' in c) return method === c.method ? YES : NO;
    if ('notMethod' in c) return method === c.notMethod ? NO : YES;
    if ('anyOf' in c) return anyOf(c.anyOf.map(holds));
    if ('allOf' in c) return allOf(c.allOf.map(holds));
    const question = questionsById.get(c.question);
    if (!question) return NO;
    const asked = askedNow(question);
    if (asked.value !== 'yes') return asked;
    const answer = listAnswerOf(question);
    if (answer === null) return { value: 'pending', unsure: [], open: [question.id] };
    if (answer === c.is) return asked;
    if (answer === 'unsure') return { value: 'yes', unsure: unique([...asked.unsure, question.id]), open: [] };
    return NO;
  }

  const applies = new Map(allTasks.map(({ task }) => [task.id, holds(task.when)]));
  const appliesTo = (task: Task) => applies.get(task.id) ?? NO;
  const confirmed = isConfirmed(progress.confirmation);
  const submitTask = allTasks.find(({ task }) => kinds[task.kind].isSubmission && appliesTo(task).value === 'yes')?.task;
  const submitted = submitTask !== undefined && ticked(submitTask.id);
  const submission = submitted ? { taskId: submitTask.id, on: submittedOn(progress, submitTask.id) } : null;
  const confirmedOn = confirmed ? (progress.confirmation as { date: string }).date : null;
  const recheckFrom = submission ? (isIsoDate(confirmedOn) ? confirmedOn : submission.on) : null;
  const recheckOn = recheckFrom !== null ? addDays(recheckFrom, recheckAfterDays) : null;

  /** A list item or entry is settled when marked changed or not on this number; "still to change" is not. */
  const settledMark = (id: string) => ticked(id) && (progress.ticks[id] as { pending?: unknown }).pending !== true;

  function listOf(task: Task): TaskState['list'] {
    if (!task.list) return null;
    const items = task.list.flatMap((g) => g.items).filter((i) => holds(i.when).value !== 'no');
    // Entries of a kind (banks) belong to the item that takes them, on the path where it applies.
    const entryKinds = new Set(items.flatMap((i) => (i.entries ? [i.entries] : [])));
    const entries = task.ownEntries ? progress.customEntries.filter((e) => e.kind === undefined || entryKinds.has(e.kind as never)) : [];
    // An item the person lists entries for (their banks) counts until one is listed; then the entries count instead.
    const listed = new Set(entries.map((e) => e.kind));
    const ids = [...items.filter((i) => !(i.entries && listed.has(i.entries))).map((i) => `${task.id}.${i.id}`), ...entries.map((e) => `custom.${e.id}`)];
    // Once submitted, nothing new is asked: an item never marked (added to the list since) does not reopen it.
    const counted = submitted ? ids.filter(ticked) : ids;
    return { settled: counted.filter(settledMark).length, total: counted.length };
  }

  function doneNow(task: Task, list: TaskState['list']): boolean {
    switch (kinds[task.kind].doneBy) {
      case 'choice':
        return method !== null;
      case 'confirmation':
        return confirmed && submitted;
      case 'tick':
        return list ? list.total > 0 && list.settled === list.total : ticked(task.id);
    }
  }

  // Each task's list and whether it is done, worked out once.
  const lists = new Map(allTasks.map(({ task }) => [task.id, listOf(task)]));
  const done = new Map(allTasks.map(({ task }) => [task.id, doneNow(task, lists.get(task.id) ?? null)]));
  const isDone = (task: Task) => done.get(task.id) ?? false;
  const methodTask = allTasks.find(({ task }) => task.kind === 'method' && appliesTo(task).value === 'yes')?.task;

  const blocks = (task: Task) => kinds[task.kind].blocksSubmission;
  const protectors = allTasks.map(({ task }) => task).filter((task) => task.protects);
  const unmet = (task: Task): Blocker => {
    const { unsure } = appliesTo(task);
    return { kind: 'task', taskId: task.id, reason: { kind: 'why', taskId: task.id, unsure: unsure.length > 0 } };
  };
  const prerequisites = allTasks.map(({ task }) => task).filter(blocks);
  const openQuestions = unique(prerequisites.flatMap((task) => appliesTo(task).open));
  const unmetPrerequisites = prerequisites.filter((task) => appliesTo(task).value === 'yes' && !isDone(task)).map(unmet);
  const blockers: Blocker[] = submitted
    ? []
    : [...unique([...undecided, ...openQuestions]).map((id): Blocker => ({ kind: 'question', questionId: id, reason: { kind: 'answerQuestion' } })), ...unmetPrerequisites];

  /** What a task still waits on, with the reason for each. */
  function waitsOf(task: Task): { reason: Reason; on: Target[] }[] {
    const waits: { reason: Reason; on: Target[] }[] = [];
    for (const id of appliesTo(task).open) {
      if (questionsById.has(id)) waits.push({ reason: { kind: 'waitsForAnswer', questionId: id }, on: [{ kind: 'question', questionId: id }] });
    }
    for (const id of task.requires ?? []) {
      const required = tasksById.get(id);
      if (required && appliesTo(required).value === 'yes' && !isDone(required))
        waits.push({ reason: { kind: 'waitsForTask', taskId: id }, on: [{ kind: 'task', taskId: id }] });
    }
    if (kinds[task.kind].isSubmission && blockers.length > 0) {
      waits.push({ reason: { kind: 'waitsForPrerequisites', count: blockers.length }, on: blockers.map(targetOf) });
    } else if (task.commits) {
      // A step that commits waits for everything that protects the person (the submission: for all that blocks it).
      const open = protectors.filter((p) => appliesTo(p).value !== 'no' && !isDone(p));
      if (open.length > 0) {
        waits.push({ reason: { kind: 'waitsForProtection', taskIds: open.map((p) => p.id) }, on: open.map((p) => ({ kind: 'task', taskId: p.id })) });
      }
    }
    if (kinds[task.kind].afterSubmission && !submitted) {
      const before = submitTask ?? methodTask;
      waits.push({ reason: { kind: 'waitsForSubmission' }, on: before ? [{ kind: 'task', taskId: before.id }] : [] });
    }
    return waits;
  }

  function stateOf(task: Task, group: Group): TaskState {
    const condition = appliesTo(task);
    const list = lists.get(task.id) ?? null;
    const waits = condition.value === 'no' || isDone(task) ? [] : waitsOf(task);
    let status: TaskStatus;
    if (condition.value === 'no') status = 'notApplicable';
    else if (isDone(task)) status = 'done';
    else if (waits.length > 0) status = 'cannotStart';
    else if (list && list.settled > 0) status = 'inProgress';
    else status = 'notStarted';
    return {
      id: task.id,
      groupId: group.id,
      kind: task.kind,
      status,
      reasons: waits.map((w) => w.reason),
      waitsOn: waits.flatMap((w) => w.on),
      becauseUnsure: condition.unsure,
      pending: condition.value === 'pending',
      list,
      earlyUntil: task.notBefore === 'recheck' && recheckOn !== null && today !== null && today < recheckOn ? recheckOn : null,
    };
  }

  const tasks = new Map(allTasks.map(({ task, group }) => [task.id, stateOf(task, group)]));
  const groups = checklist.groups.map((group) => groupState(group, group.tasks.map((t) => tasks.get(t.id)).filter((s) => s !== undefined)));
  const questions = checklist.questions.map((q) => ({ id: q.id, asked: askedNow(q).value === 'yes', answer: answerOf(q.id) }));
  const firstUnanswered = questions.find((q) => q.asked && q.answer === null);
  const firstTask = [...tasks.values()].find((s) => s.status === 'notStarted' || s.status === 'inProgress');
  const order = [...tasks.values()].filter((s) => s.status !== 'notApplicable' && !s.pending).map((s) => s.id);
  const nextInOrder = new Map(allTasks.map(({ task }, i) => [task.id, allTasks.slice(i + 1).find((t) => order.includes(t.task.id))?.task.id ?? null]));
  const asked = questions.filter((q) => q.asked);
  const answered = asked.filter((q) => q.answer !== null).length;
  const questionsStatus: TaskStatus = answered === 0 ? 'notStarted' : answered === asked.length ? 'done' : 'inProgress';

  return {
    tasks,
    groups,
    questions,
    method,
    offered: (Object.keys(checklist.methods) as Method[]).filter((m) => holds(checklist.methods[m].when).value === 'yes'),
    cautions: (Object.keys(checklist.methods) as Method[]).filter((m) => {
      const caution = checklist.methods[m].caution;
      return caution !== undefined && holds(caution.when).value === 'yes';
    }),
    readiness: submitted ? (confirmed ? 'confirmed' : 'submitted') : blockers.length > 0 ? 'blocked' : 'ready',
    blockers,
    warnings: submitted ? unmetPrerequisites : [],
    next: firstUnanswered ? { kind: 'question', questionId: firstUnanswered.id } : firstTask ? { kind: 'task', taskId: firstTask.id } : null,
    nextInOrder,
    listItems: new Set(
      allTasks.flatMap(({ task }) => (task.list && appliesTo(task).value !== 'no' ? task.list.flatMap((g) => g.items.filter((i) => holds(i.when).value !== 'no').map((i) => `${task.id}.${i.id}`)) : [])),
    ),
    questionsSummary: { status: questionsStatus, answered, asked: asked.length },
    submission,
    flags: confirmedOn !== null && submission?.on && confirmedOn < submission.on ? ['confirmationBeforeSubmission'] : [],
    counts: countsOf([...tasks.values()]),
  };
}

/** The day of a submission: the one the person wrote down, else the day its tick was made (null if unknown). */
function submittedOn(progress: ProgressInput, taskId: string): string | null {
  const written = progress.dates?.submitted;
  if (isIsoDate(written)) return written;
  const tick = progress.ticks[taskId] as { at?: unknown } | undefined;
  if (typeof tick?.at !== 'number' || tick.at <= 0) return null;
  const day = localDate(tick.at);
  return isIsoDate(day) ? day : null;
}

function anyOf(results: readonly Holds[]): Holds {
  const yes = results.filter((r) => r.value === 'yes');
  if (yes.some((r) => r.unsure.length === 0)) return YES;
  if (yes.length > 0) return { value: 'yes', unsure: unique(yes.flatMap((r) => r.unsure)), open: [] };
  const pending = results.filter((r) => r.value === 'pending');
  if (pending.length > 0) return { value: 'pending', unsure: [], open: unique(pending.flatMap((r) => r.open)) };
  return NO;
}

function allOf(results: readonly Holds[]): Holds {
  if (results.some((r) => r.value === 'no')) return NO;
  const pending = results.filter((r) => r.value === 'pending');
  if (pending.length > 0) return { value: 'pending', unsure: [], open: unique(pending.flatMap((r) => r.open)) };
  return { value: 'yes', unsure: unique(results.flatMap((r) => r.unsure)), open: [] };
}

function targetOf(blocker: Blocker): Target {
  return blocker.kind === 'question' ? { kind: 'question', questionId: blocker.questionId } : { kind: 'task', taskId: blocker.taskId };
}

function countsOf(states: readonly TaskState[]): Counts {
  const counted = states.filter((s) => s.status !== 'notApplicable');
  const done = counted.filter((s) => s.status === 'done').length;
  return { done, total: counted.length, left: counted.length - done };
}

/** A group is done when all its tasks are, cannot start when every task left cannot, in progress once one is done. */
function groupState(group: Group, states: readonly TaskState[]): GroupState {
  const counts = countsOf(states);
  const waiting = states.filter((s) => s.status === 'cannotStart');
  const started = states.some((s) => s.status === 'done' || s.status === 'inProgress');
  let status: TaskStatus;
  if (counts.total === 0) status = 'notApplicable';
  else if (counts.left === 0) status = 'done';
  else if (started) status = 'inProgress';
  else if (waiting.length === counts.left) status = 'cannotStart';
  else status = 'notStarted';
  const reasons = status === 'cannotStart' ? sharedReasons(waiting) : [];
  return { id: group.id, phase: group.phase, status, reasons, ...counts };
}

/** Why a whole group waits, in a line: what every waiting task waits on, or else what the first one does. */
function sharedReasons(waiting: readonly TaskState[]): readonly Reason[] {
  const [first, ...rest] = waiting;
  if (!first) return [];
  const same = (a: Reason, b: Reason) => JSON.stringify(a) === JSON.stringify(b);
  const shared = first.reasons.filter((r) => rest.every((s) => s.reasons.some((o) => same(o, r))));
  return shared.length > 0 ? shared : first.reasons;
}
