import type { Answer, Bilingual, Checklist, Condition, Method, Question, Readiness, Stage, StageStatus, Step, StepStatus } from '../content/types';
import { reasons } from '../content/reasons';

/** What the person did: the rules' only input besides the content. Unknown ids and values are ignored. */
export interface ProgressInput {
  readonly answers: Readonly<Record<string, unknown>>;
  /** Ticked steps and sub-items by id; a tick is present when its value is an object. */
  readonly ticks: Readonly<Record<string, unknown>>;
  readonly method: unknown;
  /** The operator's confirmation; it counts when it has a non-empty date. */
  readonly confirmation: unknown;
}

export type { Readiness, StageStatus, StepStatus };

export interface StepState {
  readonly id: string;
  readonly stageId: string;
  readonly kind: Step['kind'];
  readonly status: StepStatus;
  /** Why it cannot start yet (empty otherwise). */
  readonly reasons: readonly Bilingual[];
  /** Questions answered "not sure" that make this step apply. */
  readonly becauseUnsure: readonly string[];
}

export interface StageState {
  readonly id: string;
  readonly status: StageStatus;
  readonly done: number;
  readonly applicable: number;
  /** Why the stage cannot start yet (empty otherwise). */
  readonly reasons: readonly Bilingual[];
}

/** Something that still stands between the person and cancellation, or the next thing to do. */
export type Target =
  | { readonly kind: 'question'; readonly stageId: string; readonly questionId: string }
  | { readonly kind: 'method'; readonly stageId: string }
  | { readonly kind: 'step'; readonly stageId: string; readonly stepId: string };

export type Blocker = Target & { readonly reason: Bilingual };

/**
 * Each step's state, looked up by id. Backed by an array in content order and the checklist's own
 * id → position index, so an evaluation does not rebuild a hash map of every step.
 */
export class StepStates {
  constructor(
    private readonly positionOf: ReadonlyMap<string, number>,
    private readonly states: readonly StepState[],
  ) {}
  get(id: string): StepState | undefined {
    const p = this.positionOf.get(id);
    return p === undefined ? undefined : this.states[p];
  }
  has(id: string): boolean {
    return this.positionOf.has(id);
  }
  get size(): number {
    return this.states.length;
  }
  values(): IterableIterator<StepState> {
    return this.states.values();
  }
}

export interface Evaluation {
  readonly steps: StepStates;
  readonly stages: readonly StageState[];
  readonly answers: ReadonlyMap<string, Answer>;
  readonly method: Method | null;
  /** Before submission: everything that still blocks it, in the order to tackle it. Empty afterwards. */
  readonly blockers: readonly Blocker[];
  /** After submission: prerequisites that are (again) not met. Shown, never dropped. */
  readonly warnings: readonly Blocker[];
  readonly readiness: Readiness;
  readonly next: Target | null;
  readonly done: number;
  readonly applicable: number;
}

const NO = 0;
const YES = 1;
const PENDING = 2;
type Applies = typeof NO | typeof YES | typeof PENDING;

const KIND_CODE = { prerequisite: 0, submit: 1, followUp: 2, confirm: 3 } as const;
const COND_ALWAYS = 0;
const COND_METHOD = 1;
const COND_QUESTION = 2;
const COND_OTHER = 3;
/** A condition's outcome: whether the step applies (NO, YES, PENDING), and whether only because of a "not sure". */
const UNSURE = 4;
/** The condition table's mark for a condition worked out leaf by leaf ("any of", or a question the content does not ask). */
const BY_LEAVES = 8;
const LEAF_METHOD = 0;
const LEAF_QUESTION = 1;
const LEAF_UNKNOWN = 2;
const METHOD_CODE = { online: 0, store: 1 } as const;

/** A step's status as a code: the first three are also where its fixed state is (`fixedState[code * n + i]`). */
const STATUS_OF_CODE: readonly StepStatus[] = ['notApplicable', 'done', 'todo', 'cannotStart'];
const DONE_STATUS = 1;
const TODO_STATUS = 2;
const CANNOT_START_STATUS = 3;

/** What a step is, as bits: a prerequisite; one without requirements of its own; tied to a method branch; a submission. */
const PREREQUISITE = 1;
const PLAIN = 2;
const BRANCH = 4;
const SUBMISSION = 8;
/**
 * What follows for a step from its condition's outcome (2 bits and UNSURE), whether it is done, and what it is
 * (the bits above): which fixed state it gets (not applicable, done, to do), whether its state must be worked
 * out one by one (it is "not sure", waits on an answer, or may wait on something else), whether it blocks
 * submission (in the main list or the branch's), and what it adds to the counts. Looked up, so that the loop
 * over every step does not branch on data: at thousands of steps the branch predictor no longer learns the
 * pattern, and mispredicted branches, not the work, became most of the time.
 */
const FIXED_MASK = 3;
const OWN_WORK = 4;
const UNMET = 8;
const UNMET_IN_BRANCH = 16;
const SUBMITS = 32;
const APPLIES = 64;
const DONE = 128;
const TODO = 256;
const outcomeKey = (outcome: number, done: number, shape: number) => outcome | (done << 3) | (shape << 4);
const OUTCOME_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let outcome = 0; outcome < 8; outcome++) {
    for (let done = 0; done < 2; done++) {
      for (let shape = 0; shape < 16; shape++) {
        const a = outcome & 3;
        if (a === NO || a === 3) continue;
        const unsure = (outcome & UNSURE) !== 0;
        const ownWork = unsure || (!done && (a === PENDING || !(shape & PLAIN)));
        const unmet = a === YES && !done && (shape & PREREQUISITE) !== 0;
        table[outcomeKey(outcome, done, shape)] =
          (done ? DONE_STATUS : TODO_STATUS) |
          (ownWork ? OWN_WORK : 0) |
          (unmet ? (shape & BRANCH ? UNMET_IN_BRANCH : UNMET) : 0) |
          (done && a === YES && shape & SUBMISSION ? SUBMITS : 0) |
          APPLIES |
          (done ? DONE : 0) |
          (!done && !ownWork ? TODO : 0);
      }
    }
  }
  return table;
})();

/** Answer codes: 0 unanswered, then yes, no, not sure. */
const ANSWER_CODE = { yes: 1, no: 2, unsure: 3 } as const;
const ANSWER_OF_CODE: readonly (Answer | undefined)[] = [undefined, 'yes', 'no', 'unsure'];

const isAnswer = (v: unknown): v is Answer => v === 'yes' || v === 'no' || v === 'unsure';
const isMethod = (v: unknown): v is Method => v === 'online' || v === 'store';

function isTicked(ticks: Readonly<Record<string, unknown>>, id: string): boolean {
  // One lookup for the common case; the own-property check (so "__proto__" is never a tick) only when it looks ticked.
  const t = ticks[id];
  return typeof t === 'object' && t !== null && Object.hasOwn(ticks, id);
}

export function isConfirmed(confirmation: unknown): boolean {
  if (typeof confirmation !== 'object' || confirmation === null) return false;
  const date = (confirmation as { date?: unknown }).date;
  return typeof date === 'string' && date.trim() !== '';
}

/** Whether `a` is exactly the first `count` items of `b`. */
function sameFirst<T>(a: readonly T[], b: readonly T[], count: number): boolean {
  if (a.length !== count) return false;
  for (let i = 0; i < count; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return sameFirst(a, b, b.length);
}

/**
 * What evaluation needs to know about the content, worked out once per checklist, and the objects it
 * hands out. Step states and blockers are immutable; one that is unchanged since the last evaluation is
 * handed out again, so an evaluation allocates only for what changed and a view can skip unchanged rows.
 */
interface Indexed {
  /** Every step in content order, with its stage. */
  readonly flat: readonly { readonly step: Step; readonly stage: Stage }[];
  readonly positionOf: ReadonlyMap<string, number>;
  /** Reason texts, made once: "answer X first" by question index, "do X first" by step. */
  readonly waitsForAnswerAt: readonly Bilingual[];
  readonly waitsForStep: readonly Bilingual[];
  /** Blockers, made once: by question, and by step with and without the "not sure" note. */
  readonly questionBlocker: ReadonlyMap<string, Blocker>;
  /** "N things must be done first", made once per N, so a submission step that still waits on as many keeps its state. */
  readonly waitsForCount: Map<number, Bilingual>;
  readonly stepBlocker: readonly Blocker[];
  readonly stepBlockerUnsure: readonly Blocker[];
  /** The content compiled into dense arrays, so an evaluation reads arrays rather than chasing objects. */
  readonly ids: readonly string[];
  readonly kindCode: Uint8Array;
  readonly condKind: Uint8Array;
  /** By step with a single-question condition: the question's index. */
  readonly condArg: Int32Array;
  /**
   * Where each step's condition outcome is in the table an evaluation fills in: always, each method, each
   * question with each answer it may name, and one mark for conditions worked out leaf by leaf.
   */
  readonly slot: Int32Array;
  readonly slotCount: number;
  /** What each step is: PREREQUISITE, PLAIN, BRANCH (tied to a method: tackled after everything else), SUBMISSION. */
  readonly shape: Uint8Array;
  readonly questionIds: readonly string[];
  readonly questionIndex: ReadonlyMap<string, number>;
  /** `[questionId]` by question index: the "hangs on" list of a step with a single-question condition. */
  readonly singleQuestion: readonly (readonly string[])[];
  /**
   * Any other condition, flattened into the leaves it is the "any of" of: by step, `leafStart[i]` to
   * `leafStart[i + 1]`; each leaf a method, a question by index, or a question the content does not ask.
   */
  readonly leafStart: Int32Array;
  readonly leafKind: Uint8Array;
  readonly leafArg: Int32Array;
  readonly leafIs: Uint8Array;
  readonly unknownQuestionIds: readonly string[];
  readonly requiresStart: Int32Array;
  readonly requiresPos: Int32Array;
  readonly stageEnd: Int32Array;
  /** The states with nothing of their own, by step: not applicable (at `i`), done (`n + i`), to do (`2n + i`). */
  readonly fixedState: readonly StepState[];
  /** The working arrays of an evaluation, while none is running (see `Scratch`). */
  scratch: Scratch | null;
  /** The last state handed out for each step, and the last lists of questions it hung on. */
  readonly lastState: StepState[];
  readonly lastUnsure: (readonly string[])[];
  readonly lastUnanswered: (readonly string[])[];
  /**
   * What `lastState` holds, kept flat so that finding a state unchanged reads no object: its status, how many
   * reasons, the first reason, and the "not sure" list it was given.
   */
  readonly lastStatus: Uint8Array;
  readonly lastWhyCount: Int32Array;
  readonly lastWhy0: (Bilingual | null)[];
  readonly lastBecauseUnsure: (readonly string[])[];
}

/**
 * An evaluation's working arrays, made once per checklist rather than on every evaluation (making them was
 * most of the time at the built-in checklist's size). Each is written before it is read, except the answer
 * codes, which are cleared.
 */
interface Scratch {
  readonly answerCode: Uint8Array;
  /** By condition slot: its outcome. */
  readonly outcomes: Uint8Array;
  /** By step: what followed (OUTCOME_TABLE's bits), and its condition's outcome from bit 9. */
  readonly result: Uint16Array;
  /** Positions of the steps with work of their own, of the unmet prerequisites, and of those in a method branch. */
  readonly own: Int32Array;
  readonly unmetAt: Int32Array;
  readonly branchUnmetAt: Int32Array;
  /** By stage: steps that apply, done, to do. */
  readonly counts: Int32Array;
  /** The reasons of the step being worked out (as many as pass 2 counts); copied only into a state that changed. */
  readonly why: Bilingual[];
}

function newScratch(index: Indexed, stageCount: number): Scratch {
  const n = index.flat.length;
  return {
    answerCode: new Uint8Array(index.questionIds.length),
    outcomes: new Uint8Array(index.slotCount),
    result: new Uint16Array(n),
    own: new Int32Array(n),
    unmetAt: new Int32Array(n),
    branchUnmetAt: new Int32Array(n),
    counts: new Int32Array(stageCount * 3),
    why: [],
  };
}

const indexCache = new WeakMap<Checklist, Indexed>();

function mentionsMethod(c: Condition | undefined): boolean {
  if (!c) return false;
  if ('method' in c) return true;
  if ('anyOf' in c) return c.anyOf.some(mentionsMethod);
  return false;
}

function indexChecklist(checklist: Checklist): Indexed {
  const cached = indexCache.get(checklist);
  if (cached) return cached;
  const flat: { step: Step; stage: Stage }[] = [];
  const positionOf = new Map<string, number>();
  const questionsById = new Map<string, Question>();
  const questionBlocker = new Map<string, Blocker>();
  for (const stage of checklist.stages) {
    for (const q of stage.questions) {
      questionsById.set(q.id, q);
      questionBlocker.set(q.id, { kind: 'question', stageId: stage.id, questionId: q.id, reason: reasons.answerQuestion });
    }
    for (const step of stage.steps) {
      if (!positionOf.has(step.id)) positionOf.set(step.id, flat.length);
      flat.push({ step, stage });
    }
  }
  const questionIds = [...questionsById.keys()];
  const questionIndex = new Map(questionIds.map((id, i) => [id, i]));
  const n = flat.length;
  const kindCode = new Uint8Array(n);
  const condKind = new Uint8Array(n);
  const condArg = new Int32Array(n);
  const slot = new Int32Array(n);
  const shape = new Uint8Array(n);
  const questionSlot = (q: number, is: number) => 3 + q * 3 + is - 1;
  const leavesSlot = 3 + questionIds.length * 3;
  const requiresStart = new Int32Array(n + 1);
  const requiresPos: number[] = [];
  flat.forEach(({ step }, i) => {
    kindCode[i] = KIND_CODE[step.kind];
    const c = step.when;
    if (!c) condKind[i] = COND_ALWAYS;
    else if ('method' in c) {
      condKind[i] = COND_METHOD;
      slot[i] = 1 + METHOD_CODE[c.method];
    } else if ('question' in c && questionIndex.has(c.question)) {
      condKind[i] = COND_QUESTION;
      condArg[i] = questionIndex.get(c.question)!;
      slot[i] = questionSlot(questionIndex.get(c.question)!, ANSWER_CODE[c.is]);
    } else {
      condKind[i] = COND_OTHER;
      slot[i] = leavesSlot;
    }
    shape[i] =
      (step.kind === 'prerequisite' ? PREREQUISITE : 0) |
      (step.kind === 'prerequisite' && !step.requires?.length ? PLAIN : 0) |
      (mentionsMethod(c) ? BRANCH : 0) |
      (step.kind === 'submit' ? SUBMISSION : 0);
    requiresStart[i] = requiresPos.length;
    for (const r of step.requires ?? []) {
      const p = positionOf.get(r);
      if (p !== undefined) requiresPos.push(p);
    }
  });
  requiresStart[n] = requiresPos.length;
  const leafStart = new Int32Array(n + 1);
  const leaves: { kind: number; arg: number; is: number }[] = [];
  const unknownQuestionIds: string[] = [];
  const addLeaves = (c: Condition) => {
    if ('method' in c) leaves.push({ kind: LEAF_METHOD, arg: METHOD_CODE[c.method], is: 0 });
    else if ('question' in c) {
      const q = questionIndex.get(c.question);
      if (q === undefined) leaves.push({ kind: LEAF_UNKNOWN, arg: unknownQuestionIds.push(c.question) - 1, is: 0 });
      else leaves.push({ kind: LEAF_QUESTION, arg: q, is: ANSWER_CODE[c.is] });
    } else for (const inner of c.anyOf) addLeaves(inner);
  };
  flat.forEach(({ step }, i) => {
    leafStart[i] = leaves.length;
    if (condKind[i] === COND_OTHER && step.when) addLeaves(step.when);
  });
  leafStart[n] = leaves.length;
  const stageEnd = new Int32Array(checklist.stages.length);
  let end = 0;
  checklist.stages.forEach((stage, si) => {
    end += stage.steps.length;
    stageEnd[si] = end;
  });
  const fixedState = (status: StepStatus) =>
    flat.map(({ step, stage }): StepState => ({ id: step.id, stageId: stage.id, kind: step.kind, status, reasons: noTexts, becauseUnsure: noIds }));
  const stepBlocker = (reason: (step: Step) => Bilingual) =>
    flat.map(({ step, stage }): Blocker => ({ kind: 'step', stageId: stage.id, stepId: step.id, reason: reason(step) }));
  const indexed: Indexed = {
    flat,
    positionOf,
    waitsForAnswerAt: [...questionsById.values()].map((q) => reasons.waitsForAnswer(q.title)),
    waitsForStep: flat.map(({ step }) => reasons.waitsForStep(step.title)),
    questionBlocker,
    waitsForCount: new Map(),
    stepBlocker: stepBlocker((step) => step.why),
    stepBlockerUnsure: stepBlocker((step) => reasons.withUnsure(step.why)),
    lastState: flat.map(({ step, stage }) => ({ id: step.id, stageId: stage.id, kind: step.kind, status: 'notApplicable', reasons: noTexts, becauseUnsure: noIds })),
    ids: flat.map(({ step }) => step.id),
    kindCode,
    condKind,
    condArg,
    slot,
    slotCount: leavesSlot + 1,
    shape,
    questionIds,
    questionIndex,
    singleQuestion: questionIds.map((id) => [id]),
    leafStart,
    leafKind: Uint8Array.from(leaves, (l) => l.kind),
    leafArg: Int32Array.from(leaves, (l) => l.arg),
    leafIs: Uint8Array.from(leaves, (l) => l.is),
    unknownQuestionIds,
    requiresStart,
    requiresPos: Int32Array.from(requiresPos),
    stageEnd,
    fixedState: STATUS_OF_CODE.slice(0, CANNOT_START_STATUS).flatMap(fixedState),
    scratch: null,
    lastUnsure: flat.map(() => noIds),
    lastStatus: new Uint8Array(n),
    lastWhyCount: new Int32Array(n),
    lastWhy0: flat.map(() => null),
    lastBecauseUnsure: flat.map(() => noIds),
    lastUnanswered: flat.map(() => noIds),
  };
  indexCache.set(checklist, indexed);
  return indexed;
}

function waitsForCount(index: Indexed, count: number): Bilingual {
  let reason = index.waitsForCount.get(count);
  if (!reason) index.waitsForCount.set(count, (reason = reasons.waitsForPrerequisites(count)));
  return reason;
}

const noTexts: readonly Bilingual[] = [];
const noIds: readonly string[] = [];

/** Remembers a step's list (a fresh one, never changed afterwards) unless last time's has the same items. */
function remember(last: (readonly string[])[], at: number, items: readonly string[]): void {
  if (!sameItems(last[at]!, items)) last[at] = items;
}

/**
 * The step's state: the one handed out last time when nothing about it changed, else a new one. `why` holds
 * `count` reasons (it is reused; a new state gets a copy).
 */
function stateOf(index: Indexed, at: number, status: number, why: readonly Bilingual[], count: number, unsure: readonly string[]): StepState {
  if (
    index.lastStatus[at] === status &&
    index.lastWhyCount[at] === count &&
    (count === 0 || index.lastWhy0[at] === why[0]) &&
    (count < 2 || sameFirst(index.lastState[at]!.reasons, why, count)) &&
    (index.lastBecauseUnsure[at] === unsure || sameItems(index.lastBecauseUnsure[at]!, unsure))
  ) {
    return index.lastState[at]!;
  }
  const { step, stage } = index.flat[at]!;
  const state: StepState = {
    id: step.id,
    stageId: stage.id,
    kind: step.kind,
    status: STATUS_OF_CODE[status]!,
    reasons: count ? why.slice(0, count) : noTexts,
    becauseUnsure: unsure.length ? unsure : noIds,
  };
  index.lastState[at] = state;
  index.lastStatus[at] = status;
  index.lastWhyCount[at] = count;
  index.lastWhy0[at] = count ? why[0]! : null;
  index.lastBecauseUnsure[at] = unsure;
  return state;
}

/**
 * The outcome of a condition that is not a single method or question: "any of" its leaves applies if one
 * does, and otherwise waits if one waits on an answer. The questions it is "not sure" of or waits on are
 * kept in `lastUnsure` and `lastUnanswered`.
 */
function byLeaves(index: Indexed, i: number, answerCode: Uint8Array, methodCode: number): number {
  const { questionIds } = index;
  let unsureOn: string[] | null = null;
  let waitingOn: string[] | null = null;
  let a: Applies = NO;
  for (let l = index.leafStart[i]!, end = index.leafStart[i + 1]!; l < end; l++) {
    let r: Applies;
    const arg = index.leafArg[l]!;
    const kind = index.leafKind[l];
    if (kind === LEAF_METHOD) r = arg === methodCode ? YES : NO;
    else if (kind === LEAF_QUESTION) {
      const code = answerCode[arg];
      if (code === 0) {
        r = PENDING;
        (waitingOn ??= []).push(questionIds[arg]!);
      } else if (code === ANSWER_CODE.unsure) {
        r = YES;
        (unsureOn ??= []).push(questionIds[arg]!);
      } else r = code === index.leafIs[l] ? YES : NO;
    } else {
      r = PENDING;
      (waitingOn ??= []).push(index.unknownQuestionIds[arg]!);
    }
    if (r === YES) a = YES;
    else if (r === PENDING && a === NO) a = PENDING;
  }
  const unsure = a !== NO && unsureOn !== null;
  if (unsure) remember(index.lastUnsure, i, unsureOn!);
  if (a === PENDING) remember(index.lastUnanswered, i, waitingOn ?? noIds);
  return a | (unsure ? UNSURE : 0);
}

/**
 * Works out, from the content and what the person did, which steps apply, what each stage's status is,
 * what still blocks cancellation and why, how ready it is, and what to do next. Pure and total: it never
 * throws on unknown ids or values, and the same input always gives the same output.
 */
export function evaluate(checklist: Checklist, progress: ProgressInput): Evaluation {
  const index = indexChecklist(checklist);
  const scratch = index.scratch ?? newScratch(index, checklist.stages.length);
  // Taken while in use: an evaluation started from inside this one (say, by a getter in the progress) makes its own.
  index.scratch = null;
  try {
    return evaluateWith(checklist, index, scratch, progress);
  } finally {
    index.scratch = scratch;
  }
}

function evaluateWith(checklist: Checklist, index: Indexed, scratch: Scratch, progress: ProgressInput): Evaluation {
  const { flat, positionOf, ids, kindCode, condKind, condArg, questionIds, singleQuestion } = index;
  // The answers given, read in one walk over them (not a lookup per question), then kept in question order.
  const answerCode = scratch.answerCode.fill(0);
  for (const [id, value] of Object.entries(progress.answers)) {
    const q = index.questionIndex.get(id);
    if (q !== undefined && isAnswer(value)) answerCode[q] = ANSWER_CODE[value];
  }
  const answers = new Map<string, Answer>();
  for (let q = 0; q < questionIds.length; q++) {
    const answer = ANSWER_OF_CODE[answerCode[q]!];
    if (answer) answers.set(questionIds[q]!, answer);
  }
  const method = isMethod(progress.method) ? progress.method : null;
  const methodCode = method === null ? -1 : METHOD_CODE[method];
  const confirmed = isConfirmed(progress.confirmation);
  const ticks = progress.ticks;
  const n = flat.length;

  // What is unmet before submission, in the order to tackle it: questions, the method, steps, the branch.
  const unmet: Blocker[] = [];
  for (const stage of checklist.stages) {
    for (const q of stage.questions) {
      const blocker = index.questionBlocker.get(q.id);
      if (blocker && !answers.has(q.id)) unmet.push(blocker);
    }
  }
  for (const stage of checklist.stages) {
    if (stage.choosesMethod && method === null) unmet.push({ kind: 'method', stageId: stage.id, reason: checklist.method.why });
  }
  const stageCount = checklist.stages.length;
  const { slot, shape, fixedState } = index;

  // Each condition's outcome, worked out once: always, each method, each question with each answer it may name.
  const { outcomes, result, own, unmetAt, branchUnmetAt, counts } = scratch;
  outcomes[0] = YES;
  outcomes[1 + METHOD_CODE.online] = methodCode === METHOD_CODE.online ? YES : NO;
  outcomes[1 + METHOD_CODE.store] = methodCode === METHOD_CODE.store ? YES : NO;
  for (let q = 0; q < questionIds.length; q++) {
    const code = answerCode[q]!;
    for (let is = 1; is <= 3; is++) {
      // "Not sure" counts like the answer that needs action, and says so.
      outcomes[3 + q * 3 + is - 1] = code === 0 ? PENDING : code === ANSWER_CODE.unsure ? YES | UNSURE : code === is ? YES : NO;
    }
  }
  outcomes[index.slotCount - 1] = BY_LEAVES;

  // Pass 1, over every step: its outcome, whether it is done, and what follows from both (looked up). Each
  // step gets its fixed state; the steps with work of their own and the unmet prerequisites are listed, in
  // content order, by writing every step's position and moving on only when it belongs.
  let ownCount = 0;
  let unmetCount = 0;
  let branchUnmetCount = 0;
  let submits = 0;
  const states = new Array<StepState>(n);
  let i = 0;
  for (let si = 0; si < stageCount; si++) {
    let applicable = 0;
    let stageDone = 0;
    let todo = 0;
    for (const stop = index.stageEnd[si]!; i < stop; i++) {
      let outcome = outcomes[slot[i]!]!;
      if (outcome === BY_LEAVES) outcome = byLeaves(index, i, answerCode, methodCode);
      const isDone = (outcome & 3) !== NO && (kindCode[i] === KIND_CODE.confirm ? confirmed : isTicked(ticks, ids[i]!));
      const r = OUTCOME_TABLE[outcomeKey(outcome, isDone ? 1 : 0, shape[i]!)]!;
      result[i] = r | (outcome << 9);
      states[i] = fixedState[(r & FIXED_MASK) * n + i]!;
      own[ownCount] = i;
      ownCount += (r & OWN_WORK) >> 2;
      unmetAt[unmetCount] = i;
      unmetCount += (r & UNMET) >> 3;
      branchUnmetAt[branchUnmetCount] = i;
      branchUnmetCount += (r & UNMET_IN_BRANCH) >> 4;
      submits |= r & SUBMITS;
      applicable += (r & APPLIES) >> 6;
      stageDone += (r & DONE) >> 7;
      todo += (r & TODO) >> 8;
    }
    counts[si * 3] = applicable;
    counts[si * 3 + 1] = stageDone;
    counts[si * 3 + 2] = todo;
  }
  const blockerAt = (at: number) => ((result[at]! >> 9) & UNSURE ? index.stepBlockerUnsure : index.stepBlocker)[at]!;
  for (let j = 0; j < unmetCount; j++) unmet.push(blockerAt(unmetAt[j]!));
  // Steps tied to a method branch are the act of cancelling itself: tackled after everything else.
  for (let j = 0; j < branchUnmetCount; j++) unmet.push(blockerAt(branchUnmetAt[j]!));
  const submitted = submits !== 0;
  const afterSubmission = submitted || confirmed;
  const blockers = afterSubmission ? [] : unmet;
  const warnings = afterSubmission ? unmet.filter((b) => b.kind === 'step') : [];

  // Pass 2, over the steps with work of their own: "not sure", waiting on an answer, on submission, or on
  // another step. A step with a single-question condition finds its question again from the answer codes;
  // one with another condition finds its lists in `lastUnsure`/`lastUnanswered`.
  const stageReasons: Bilingual[][] = checklist.stages.map(() => []);
  const why = scratch.why;
  let si = 0;
  for (let j = 0; j < ownCount; j++) {
    const at = own[j]!;
    while (at >= index.stageEnd[si]!) si++;
    const outcome = result[at]! >> 9;
    let unsure: readonly string[] | undefined;
    let waitingOn = -1;
    let waiting: readonly string[] | undefined;
    const ck = condKind[at];
    if (ck === COND_QUESTION) {
      const q = condArg[at]!;
      const code = answerCode[q];
      if (code === ANSWER_CODE.unsure) unsure = singleQuestion[q];
      else if (code === 0) waitingOn = q;
    } else if (ck === COND_OTHER) {
      if (outcome & UNSURE) unsure = index.lastUnsure[at];
      if ((outcome & 3) === PENDING) waiting = index.lastUnanswered[at];
    }
    if (result[at]! & DONE) {
      states[at] = unsure ? stateOf(index, at, DONE_STATUS, noTexts, 0, unsure) : fixedState[DONE_STATUS * n + at]!;
      continue;
    }
    // The reasons it waits, if any.
    let count = 0;
    if (waitingOn >= 0) why[count++] = index.waitsForAnswerAt[waitingOn]!;
    if (waiting) {
      for (const q of waiting) {
        // A question the content does not ask has no reason to give.
        const w = index.questionIndex.get(q);
        if (w !== undefined) why[count++] = index.waitsForAnswerAt[w]!;
      }
    }
    const k = kindCode[at];
    if (k === KIND_CODE.submit && blockers.length > 0) why[count++] = waitsForCount(index, blockers.length);
    if ((k === KIND_CODE.followUp || k === KIND_CODE.confirm) && !afterSubmission) why[count++] = reasons.waitsForSubmission;
    for (let r = index.requiresStart[at]!, rEnd = index.requiresStart[at + 1]!; r < rEnd; r++) {
      const p = index.requiresPos[r]!;
      if ((result[p]! & (APPLIES | DONE)) === APPLIES) why[count++] = index.waitsForStep[p]!;
    }
    if (count) {
      addReasons(stageReasons[si]!, why, count);
      states[at] = stateOf(index, at, CANNOT_START_STATUS, why, count, unsure ?? noIds);
    } else {
      counts[si * 3 + 2]!++;
      states[at] = unsure ? stateOf(index, at, TODO_STATUS, noTexts, 0, unsure) : fixedState[TODO_STATUS * n + at]!;
    }
  }

  // Each stage's status and counts.
  const stages: StageState[] = [];
  let doneTotal = 0;
  let applicableTotal = 0;
  for (let s = 0; s < stageCount; s++) {
    const stage = checklist.stages[s]!;
    const applicable = counts[s * 3]!;
    const stageDone = counts[s * 3 + 1]!;
    doneTotal += stageDone;
    applicableTotal += applicable;
    stages.push({
      id: stage.id,
      ...stageStatus(stage, answers, method, stageDone, applicable, counts[s * 3 + 2]!, stageReasons[s]!),
      done: stageDone,
      applicable,
    });
  }

  const steps = new StepStates(positionOf, states);
  const readiness: Readiness = confirmed ? 'confirmed' : submitted ? 'submitted' : blockers.length ? 'blocked' : 'ready';
  return {
    steps,
    stages,
    answers,
    method,
    blockers,
    warnings,
    readiness,
    next: nextTarget(checklist, readiness, blockers, steps),
    done: doneTotal,
    applicable: applicableTotal,
  };
}

const maxStageReasons = 3;

/** A stage explains itself with its first few distinct reasons, not with every step's. */
function addReasons(into: Bilingual[], more: readonly Bilingual[], count: number) {
  for (let i = 0; i < count; i++) {
    const r = more[i]!;
    if (into.length >= maxStageReasons) return;
    if (!into.some((x) => x.en === r.en)) into.push(r);
  }
}

export function targetOf(b: Blocker): Target {
  switch (b.kind) {
    case 'question':
      return { kind: 'question', stageId: b.stageId, questionId: b.questionId };
    case 'method':
      return { kind: 'method', stageId: b.stageId };
    case 'step':
      return { kind: 'step', stageId: b.stageId, stepId: b.stepId };
  }
}

function stageStatus(
  stage: Stage,
  answers: ReadonlyMap<string, Answer>,
  method: Method | null,
  done: number,
  applicable: number,
  todo: number,
  stageReasons: Bilingual[],
): { status: StageStatus; reasons: readonly Bilingual[] } {
  const asksMethod = stage.choosesMethod === true;
  const choices = stage.questions.length + (asksMethod ? 1 : 0);
  const made = stage.questions.reduce((n, q) => n + (answers.has(q.id) ? 1 : 0), 0) + (asksMethod && method ? 1 : 0);
  if (applicable === 0 && choices === 0) return { status: 'notApplicable', reasons: noTexts };
  if (done === applicable && made === choices) return { status: 'done', reasons: noTexts };
  if (done > 0 || made > 0) return { status: 'inProgress', reasons: noTexts };
  if (choices === 0 && todo === 0 && stageReasons.length) return { status: 'cannotStart', reasons: stageReasons };
  return { status: 'notStarted', reasons: noTexts };
}

function nextTarget(
  checklist: Checklist,
  readiness: Readiness,
  blockers: readonly Blocker[],
  steps: StepStates,
): Target | null {
  if (readiness === 'blocked') {
    // The first blocker the person can act on now; a step that itself waits is not a next step.
    const actionable = blockers.find((b) => b.kind !== 'step' || steps.get(b.stepId)?.status === 'todo') ?? blockers[0];
    return actionable ? targetOf(actionable) : null;
  }
  const wanted: readonly Step['kind'][] =
    readiness === 'ready' ? ['submit'] : readiness === 'submitted' ? ['followUp', 'confirm'] : ['followUp'];
  for (const kind of wanted) {
    for (const stage of checklist.stages) {
      for (const step of stage.steps) {
        if (step.kind === kind && steps.get(step.id)?.status === 'todo') return { kind: 'step', stageId: stage.id, stepId: step.id };
      }
    }
  }
  return null;
}
