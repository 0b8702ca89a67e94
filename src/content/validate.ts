import { kinds, methods, phases, type Checklist, type Condition, type Task } from './types';
import type { Words } from './words';

function* conditionQuestions(c: Condition | undefined): Generator<string> {
  if (!c) return;
  if ('question' in c) yield c.question;
  else if ('anyOf' in c) for (const inner of c.anyOf) yield* conditionQuestions(inner);
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
  if (!order.some((t) => t.protects)) problems.push('no task protects the person');
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
  for (const kind of ['method', 'confirm'] as const satisfies readonly (keyof typeof kinds)[]) {
    const count = order.filter((t) => t.kind === kind).length;
    if (count !== 1) problems.push(`${count} ${kind} tasks, not 1`);
  }
  if (order.filter((t) => t.ownEntries).length > 1) problems.push('more than one task takes own entries');

  return problems;
}

/**
 * Checks one language's words against the checklist's structure: words for every question, group, task, list
 * group, list item and method, none for an id that does not exist, no empty text and no outside address.
 */
export function validateWords(checklist: Checklist, words: Words): string[] {
  const problems: string[] = [];
  const tasks = checklist.groups.flatMap((g) => g.tasks);
  const lists = tasks.flatMap((t) => (t.list ?? []).map((g) => ({ task: t, group: g })));
  const expected: Record<'questions' | 'groups' | 'tasks' | 'listGroups' | 'items' | 'methods', string[]> = {
    questions: checklist.questions.map((q) => q.id),
    groups: checklist.groups.map((g) => g.id),
    tasks: tasks.map((t) => t.id),
    listGroups: lists.map(({ task, group }) => `${task.id}.${group.id}`),
    items: lists.flatMap(({ task, group }) => group.items.map((i) => `${task.id}.${i.id}`)),
    methods: [...methods],
  };
  for (const [part, ids] of Object.entries(expected) as [keyof typeof expected, string[]][]) {
    const have = Object.keys(words[part]);
    for (const id of ids) if (!have.includes(id)) problems.push(`no ${part} words for "${id}"`);
    for (const id of have) if (!ids.includes(id)) problems.push(`${part} words for "${id}", which does not exist`);
  }
  // The two parts of a language's words are joined by id: a question or task in one part only lacks the other's.
  for (const id of expected.questions) {
    const q = words.questions[id];
    if (q && (q.title === undefined || q.changes === undefined || q.unsureAdvice === undefined)) problems.push(`questions words for "${id}" are incomplete`);
  }
  for (const id of expected.groups) {
    if (words.groups[id] && words.groups[id].title === undefined) problems.push(`groups words for "${id}" are incomplete`);
  }
  for (const id of expected.tasks) {
    const t = words.tasks[id];
    if (t && (t.title === undefined || t.why === undefined)) problems.push(`tasks words for "${id}" are incomplete`);
  }
  for (const [path, text] of textsOf(words)) {
    if (!text.trim()) problems.push(`empty text at ${path}`);
    if (/https?:|www\.|\.(com|cn|net|org)\b/i.test(text)) problems.push(`outside address at ${path}`);
  }
  return problems;
}
