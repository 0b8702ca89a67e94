import { mayApplyOn } from './paths';
import { kinds, methods, optionsOf, paths, phases, type Checklist, type Condition, type Method, type Path, type Task } from './types';
import type { Words } from './words';

function* conditionQuestions(c: Condition | undefined): Generator<string> {
  if (!c) return;
  if ('question' in c) yield c.question;
  else if ('anyOf' in c) for (const inner of c.anyOf) yield* conditionQuestions(inner);
  else if ('allOf' in c) for (const inner of c.allOf) yield* conditionQuestions(inner);
}

function* conditionMethods(c: Condition | undefined): Generator<Method> {
  if (!c) return;
  if ('method' in c) yield c.method;
  else if ('notMethod' in c) yield c.notMethod;
  else if ('anyOf' in c) for (const inner of c.anyOf) yield* conditionMethods(inner);
  else if ('allOf' in c) for (const inner of c.allOf) yield* conditionMethods(inner);
}

/** Every condition's question is asked and its value is one of that question's answers. */
function* badAnswers(checklist: Checklist, c: Condition | undefined): Generator<string> {
  if (!c) return;
  if ('question' in c) {
    const q = checklist.questions.find((x) => x.id === c.question);
    if (q && !optionsOf(q).includes(c.is)) yield `"${c.is}" is not an answer to "${c.question}"`;
  } else if ('anyOf' in c) for (const inner of c.anyOf) yield* badAnswers(checklist, inner);
  else if ('allOf' in c) for (const inner of c.allOf) yield* badAnswers(checklist, inner);
}

/** Every text in a value (nested objects and arrays), with where it is. */
export function* textsOf(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* textsOf(v, `${path}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) yield* textsOf(v, path ? `${path}.${k}` : k);
  }
}

const methodOf = (task: Task) => (task.when && 'method' in task.when ? task.when.method : null);

/** Whether a task must be done before that submission: a prerequisite, unless it belongs to the other method. */
export function blocksSubmission(task: Task, submission: Task): boolean {
  if (!kinds[task.kind].blocksSubmission) return false;
  const method = methodOf(task);
  return method === null || method === methodOf(submission);
}

/**
 * Checks a checklist's structure and returns the problems found: ids unique, every reference resolves, one submission per method, one method choice, one confirmation,
 * and the order of the work: groups go before → cancel → after; everything that blocks the submission comes
 * before it; nothing after the cancellation can block it; a task requires only tasks above it.
 */
export function validateChecklist(checklist: Checklist): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const unique = (kind: string, id: string) => {
    if (!id.trim()) problems.push(`${kind} with an empty id`);
    if (ids.has(id)) problems.push(`duplicate id "${id}"`);
    ids.add(id);
  };

  const questionIds = new Set<string>();
  for (const q of checklist.questions) {
    unique('question', q.id);
    for (const ref of conditionQuestions(q.when)) {
      if (!questionIds.has(ref)) problems.push(`question "${q.id}" depends on "${ref}", which is not asked before it`);
    }
    questionIds.add(q.id);
    if (q.options && q.options.length < 2) problems.push(`question "${q.id}" has fewer than two options`);
    for (const bad of badAnswers(checklist, q.when)) problems.push(`question "${q.id}": ${bad}`);
  }
  const deciding = checklist.questions.filter((q) => q.decidesList);
  if (deciding.length !== 1 || checklist.questions[0] !== deciding[0]) problems.push('the question that decides the list is not the one first question');
  for (const m of methods) {
    if ([...conditionMethods(checklist.methods[m].when)].length > 0) problems.push(`method "${m}" is offered on a condition that names a method`);
    for (const bad of badAnswers(checklist, checklist.methods[m].when)) problems.push(`method "${m}": ${bad}`);
  }

  const tasks = checklist.groups.flatMap((g) => g.tasks.map((task) => ({ task, phase: g.phase })));
  const seen = new Set<string>();
  let lastPhase = 0;
  for (const group of checklist.groups) {
    unique('group', group.id);
    const phase = phases.indexOf(group.phase);
    if (phase < lastPhase) problems.push(`group "${group.id}" (${group.phase}) comes after a later phase`);
    lastPhase = Math.max(lastPhase, phase);
  }
  for (const { task, phase } of tasks) {
    unique('task', task.id);
    for (const q of conditionQuestions(task.when)) if (!questionIds.has(q)) problems.push(`task "${task.id}" depends on unknown question "${q}"`);
    for (const bad of badAnswers(checklist, task.when)) problems.push(`task "${task.id}": ${bad}`);
    if (!paths.some((path) => mayApplyOn(checklist, task.when, path))) problems.push(`task "${task.id}" is on no path`);
    for (const r of task.requires ?? []) {
      if (r === task.id) problems.push(`task "${task.id}" requires itself`);
      else if (!seen.has(r)) problems.push(`task "${task.id}" requires "${r}", which is not above it`);
    }
    const itemIds = new Set<string>();
    for (const item of (task.list ?? []).flatMap((g) => g.items)) {
      if (itemIds.has(item.id)) problems.push(`task "${task.id}" has list item "${item.id}" twice`);
      itemIds.add(item.id);
      for (const q of conditionQuestions(item.when)) if (!questionIds.has(q)) problems.push(`list item "${item.id}" depends on unknown question "${q}"`);
    }
    const kind = kinds[task.kind];
    if (phase === 'after' && !kind.afterSubmission) problems.push(`task "${task.id}" is after the cancellation but is a ${task.kind}`);
    if (phase !== 'after' && kind.afterSubmission) problems.push(`task "${task.id}" is a ${task.kind} before the cancellation`);
    if (task.protects && (phase !== 'before' || !kind.blocksSubmission)) problems.push(`task "${task.id}" protects but is not done before the cancellation`);
    if (task.commits && phase !== 'cancel') problems.push(`task "${task.id}" commits but is not a step of the cancellation`);
    if (kind.isSubmission && !task.commits) problems.push(`the submission "${task.id}" does not commit`);
    seen.add(task.id);
  }

  const order = tasks.map(({ task }) => task);
  order.forEach((submission, at) => {
    if (submission.kind !== 'submit') return;
    order.forEach((t, i) => {
      if (i > at && blocksSubmission(t, submission)) problems.push(`task "${t.id}" blocks the submission "${submission.id}" but comes after it`);
    });
  });
  const cancelling = new Set(tasks.filter(({ phase }) => phase === 'cancel').map(({ task }) => task));
  for (const m of methods) {
    const ofMethod = order.filter((t) => t.when && 'method' in t.when && t.when.method === m);
    const submits = ofMethod.filter((t) => kinds[t.kind].isSubmission);
    if (submits.length !== 1) problems.push(`method "${m}" has ${submits.length} submission tasks, not 1`);
    // The gate: every step of a way of cancelling commits (and so waits for what protects), but one that finds out
    // where and how.
    const open = ofMethod.filter((t) => cancelling.has(t) && !t.commits);
    if (open.length > 1) problems.push(`method "${m}" has ${open.length} steps that do not wait for what protects (${open.map((t) => t.id).join(', ')}), not at most 1`);
  }
  // Each path is a whole list: one way to choose how it ends, one confirmation, one list of the person's own.
  for (const path of paths) {
    const on = order.filter((t) => mayApplyOn(checklist, t.when, path));
    for (const kind of ['method', 'confirm'] as const satisfies readonly (keyof typeof kinds)[]) {
      const count = on.filter((t) => t.kind === kind).length;
      if (count !== 1) problems.push(`${count} ${kind} tasks on the ${path} path, not 1`);
    }
    if (!on.some((t) => t.protects)) problems.push(`no task protects the person on the ${path} path`);
    if (!methods.some((m) => mayApplyOn(checklist, checklist.methods[m].when, path))) problems.push(`no way of cancelling on the ${path} path`);
  }
  if (order.filter((t) => t.ownEntries).length > 1) problems.push('more than one task takes own entries');

  return problems;
}

/**
 * Checks one language's words on one path against the checklist's structure: words for every question, group,
 * task, list group, list item and way of cancelling that may apply on the path, none for one that cannot, no
 * empty text and no outside address. A question with options names each of them; a yes / no one says what
 * "not sure" does.
 */
export function validateWords(checklist: Checklist, words: Words, path: Path): string[] {
  const problems: string[] = [];
  const on = (c: Condition | undefined) => mayApplyOn(checklist, c, path);
  const questions = checklist.questions.filter((q) => on(q.when));
  const groups = checklist.groups.filter((g) => g.tasks.some((t) => on(t.when)));
  const tasks = checklist.groups.flatMap((g) => g.tasks).filter((t) => on(t.when));
  const lists = tasks.flatMap((t) => (t.list ?? []).map((g) => ({ task: t, group: { ...g, items: g.items.filter((i) => on(i.when)) } })).filter(({ group }) => group.items.length > 0));
  const expected: Record<'questions' | 'groups' | 'tasks' | 'listGroups' | 'items' | 'methods', string[]> = {
    questions: questions.map((q) => q.id),
    groups: groups.map((g) => g.id),
    tasks: tasks.map((t) => t.id),
    listGroups: lists.map(({ task, group }) => `${task.id}.${group.id}`),
    items: lists.flatMap(({ task, group }) => group.items.map((i) => `${task.id}.${i.id}`)),
    methods: methods.filter((m) => on(checklist.methods[m].when)),
  };
  for (const [part, ids] of Object.entries(expected) as [keyof typeof expected, string[]][]) {
    const have = Object.keys(words[part]);
    for (const id of ids) if (!have.includes(id)) problems.push(`no ${part} words for "${id}" on the ${path} path`);
    for (const id of have) if (!ids.includes(id)) problems.push(`${part} words for "${id}", which is not on the ${path} path`);
  }
  // The parts of a language's words are joined by id: a question or task in one part only lacks the other's.
  for (const q of questions) {
    const w = words.questions[q.id];
    if (!w) continue;
    if (w.title === undefined || w.changes === undefined) problems.push(`questions words for "${q.id}" are incomplete`);
    if (q.options) {
      for (const option of q.options) if (!w.options?.[option]) problems.push(`no words for "${option}", an answer to "${q.id}"`);
    } else if (w.unsureAdvice === undefined) problems.push(`questions words for "${q.id}" do not say what "not sure" does`);
  }
  for (const id of expected.groups) {
    if (words.groups[id] && words.groups[id].title === undefined) problems.push(`groups words for "${id}" are incomplete`);
  }
  for (const id of expected.tasks) {
    const t = words.tasks[id];
    if (t && (t.title === undefined || t.why === undefined)) problems.push(`tasks words for "${id}" are incomplete`);
  }
  for (const [where, text] of textsOf(words)) {
    if (!text.trim()) problems.push(`empty text at ${where}`);
    if (/https?:|www\.|\.(com|cn|net|org)\b/i.test(text)) problems.push(`outside address at ${where}`);
  }
  return problems;
}
