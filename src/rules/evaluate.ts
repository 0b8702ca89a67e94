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
const HANGS_ON_UNSURE = 1;
const HANGS_ON_UNANSWERED = 2;
const LEAF_METHOD = 0;
const LEAF_QUESTION = 1;
const LEAF_UNKNOWN = 2;
const METHOD_CODE = { online: 0, store: 1 } as const;
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

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  /** Steps tied to a method branch: the act of cancelling itself, tackled after everything else. */
  readonly isBranch: Uint8Array;
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
  readonly condArg: Int32Array;
  readonly condIs: Uint8Array;
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
  readonly notApplicableState: readonly StepState[];
  readonly doneState: readonly StepState[];
  readonly todoState: readonly StepState[];
  /** The last state handed out for each step, and the last lists of questions it hung on. */
  readonly lastState: StepState[];
  readonly lastUnsure: (readonly string[])[];
  readonly lastUnanswered: (readonly string[])[];
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
  const condIs = new Uint8Array(n);
  const requiresStart = new Int32Array(n + 1);
  const requiresPos: number[] = [];
  flat.forEach(({ step }, i) => {
    kindCode[i] = KIND_CODE[step.kind];
    const c = step.when;
    if (!c) condKind[i] = COND_ALWAYS;
    else if ('method' in c) {
      condKind[i] = COND_METHOD;
      condArg[i] = METHOD_CODE[c.method];
    } else if ('question' in c && questionIndex.has(c.question)) {
      condKind[i] = COND_QUESTION;
      condArg[i] = questionIndex.get(c.question)!;
      condIs[i] = ANSWER_CODE[c.is];
    } else condKind[i] = COND_OTHER;
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
    isBranch: Uint8Array.from(flat, ({ step }) => (mentionsMethod(step.when) ? 1 : 0)),
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
    condIs,
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
    notApplicableState: fixedState('notApplicable'),
    doneState: fixedState('done'),
    todoState: fixedState('todo'),
    lastUnsure: flat.map(() => noIds),
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

/** The step's state: the one handed out last time when nothing about it changed, else a new one. */
function stateOf(index: Indexed, at: number, status: StepStatus, why: readonly Bilingual[], unsure: readonly string[]): StepState {
  const last = index.lastState[at]!;
  if (last.status === status && sameItems(last.reasons, why) && sameItems(last.becauseUnsure, unsure)) return last;
  const { step, stage } = index.flat[at]!;
  const state: StepState = {
    id: step.id,
    stageId: stage.id,
    kind: step.kind,
    status,
    reasons: why.length ? why : noTexts,
    becauseUnsure: unsure.length ? unsure : noIds,
  };
  index.lastState[at] = state;
  return state;
}

/**
 * Works out, from the content and what the person did, which steps apply, what each stage's status is,
 * what still blocks cancellation and why, how ready it is, and what to do next. Pure and total: it never
 * throws on unknown ids or values, and the same input always gives the same output.
 */
export function evaluate(checklist: Checklist, progress: ProgressInput): Evaluation {
  const index = indexChecklist(checklist);
  const { flat, positionOf, ids, kindCode, condKind, condArg, condIs, questionIds, singleQuestion } = index;
  // The answers given, read in one walk over them (not a lookup per question), then kept in question order.
  const answerCode = new Uint8Array(questionIds.length);
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
  const branchUnmet: Blocker[] = [];

  // Pass 1: which steps apply and which are done; each unmet prerequisite joins the list as it is found.
  // A step with a single-question condition finds its "not sure" or open question again from the answer
  // codes; one with another condition leaves its lists in `lastUnsure`/`lastUnanswered` and a mark in `hangs`.
  const applies = new Uint8Array(n);
  const done = new Uint8Array(n);
  const hangs = new Uint8Array(n);
  let submitted = false;
  for (let i = 0; i < n; i++) {
    let a: Applies;
    let unsure = false;
    const ck = condKind[i];
    if (ck === COND_ALWAYS) a = YES;
    else if (ck === COND_METHOD) a = condArg[i] === methodCode ? YES : NO;
    else if (ck === COND_QUESTION) {
      const code = answerCode[condArg[i]!];
      if (code === 0) a = PENDING;
      else if (code === ANSWER_CODE.unsure) {
        a = YES;
        unsure = true;
      } else a = code === condIs[i] ? YES : NO;
    } else {
      let unsureOn: string[] | null = null;
      let waitingOn: string[] | null = null;
      // "Any of" its leaves: applies if one does; otherwise waits if one waits on an answer.
      a = NO;
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
      unsure = a !== NO && unsureOn !== null;
      if (unsure) remember(index.lastUnsure, i, unsureOn!);
      if (a === PENDING) remember(index.lastUnanswered, i, waitingOn ?? noIds);
      hangs[i] = (unsure ? HANGS_ON_UNSURE : 0) | (a === PENDING ? HANGS_ON_UNANSWERED : 0);
    }
    applies[i] = a;
    if (a === NO) continue;
    const k = kindCode[i];
    if (k === KIND_CODE.confirm ? confirmed : isTicked(ticks, ids[i]!)) {
      done[i] = 1;
      if (k === KIND_CODE.submit && a === YES) submitted = true;
    } else if (a === YES && k === KIND_CODE.prerequisite) {
      (index.isBranch[i] ? branchUnmet : unmet).push((unsure ? index.stepBlockerUnsure : index.stepBlocker)[i]!);
    }
  }
  for (const b of branchUnmet) unmet.push(b);
  const afterSubmission = submitted || confirmed;
  const blockers = afterSubmission ? [] : unmet;
  const warnings = afterSubmission ? unmet.filter((b) => b.kind === 'step') : [];

  // Pass 3: each step's status, then each stage's status and counts.
  const states = new Array<StepState>(n);
  const stages: StageState[] = [];
  let doneTotal = 0;
  let applicableTotal = 0;
  let i = 0;
  for (let si = 0; si < checklist.stages.length; si++) {
    const stage = checklist.stages[si]!;
    let stageDone = 0;
    let applicable = 0;
    let todo = 0;
    const stageReasons: Bilingual[] = [];
    for (const stop = index.stageEnd[si]!; i < stop; i++) {
      if (applies[i] === NO) {
        states[i] = index.notApplicableState[i]!;
        continue;
      }
      applicable++;
      let unsure: readonly string[] | undefined;
      let waitingOn = -1;
      let waiting: readonly string[] | undefined;
      const ck = condKind[i];
      if (ck === COND_QUESTION) {
        const q = condArg[i]!;
        const code = answerCode[q];
        if (code === ANSWER_CODE.unsure) unsure = singleQuestion[q];
        else if (code === 0) waitingOn = q;
      } else if (ck === COND_OTHER) {
        if (hangs[i]! & HANGS_ON_UNSURE) unsure = index.lastUnsure[i];
        if (hangs[i]! & HANGS_ON_UNANSWERED) waiting = index.lastUnanswered[i];
      }
      if (done[i]) {
        stageDone++;
        states[i] = unsure ? stateOf(index, i, 'done', noTexts, unsure) : index.doneState[i]!;
        continue;
      }
      // The reasons it waits, if any; the list is made only for a step that does wait.
      let why: Bilingual[] | null = waitingOn >= 0 ? [index.waitsForAnswerAt[waitingOn]!] : null;
      if (waiting) {
        for (const q of waiting) {
          // A question the content does not ask has no reason to give.
          const at = index.questionIndex.get(q);
          if (at !== undefined) (why ??= []).push(index.waitsForAnswerAt[at]!);
        }
      }
      const k = kindCode[i];
      if (k === KIND_CODE.submit && blockers.length > 0) (why ??= []).push(waitsForCount(index, blockers.length));
      if ((k === KIND_CODE.followUp || k === KIND_CODE.confirm) && !afterSubmission) (why ??= []).push(reasons.waitsForSubmission);
      for (let r = index.requiresStart[i]!, rEnd = index.requiresStart[i + 1]!; r < rEnd; r++) {
        const p = index.requiresPos[r]!;
        if (applies[p] !== NO && !done[p]) (why ??= []).push(index.waitsForStep[p]!);
      }
      if (why) {
        addReasons(stageReasons, why);
        states[i] = stateOf(index, i, 'cannotStart', why, unsure ?? noIds);
      } else {
        todo++;
        states[i] = unsure ? stateOf(index, i, 'todo', noTexts, unsure) : index.todoState[i]!;
      }
    }
    doneTotal += stageDone;
    applicableTotal += applicable;
    stages.push({ id: stage.id, ...stageStatus(stage, answers, method, stageDone, applicable, todo, stageReasons), done: stageDone, applicable });
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
function addReasons(into: Bilingual[], more: readonly Bilingual[]) {
  for (const r of more) {
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
