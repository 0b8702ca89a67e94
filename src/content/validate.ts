import { languages, methods, type Bilingual, type Checklist, type Condition } from './types';

function* conditionQuestions(c: Condition | undefined): Generator<string> {
  if (!c) return;
  if ('question' in c) yield c.question;
  else if ('anyOf' in c) for (const inner of c.anyOf) yield* conditionQuestions(inner);
}

function isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && 'zh' in v && 'en' in v && Object.keys(v).length === languages.length;
}

/** Every bilingual text in a value, with where it is. */
export function* textsOf(value: unknown, path = ''): Generator<[string, Bilingual]> {
  if (isBilingual(value)) {
    yield [path, value];
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* textsOf(v, `${path}[${i}]`);
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) yield* textsOf(v, path ? `${path}.${k}` : k);
}

/**
 * Checks a checklist's content: ids unique, every reference resolves, no empty text in either language,
 * no outside address, one submission step per method and one confirmation step. Returns the problems found.
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
  const stepIds = new Set<string>();
  for (const stage of checklist.stages) {
    unique('stage', stage.id);
    for (const q of stage.questions) {
      unique('question', q.id);
      questionIds.add(q.id);
    }
    for (const s of stage.steps) {
      unique('step', s.id);
      stepIds.add(s.id);
      const subIds = new Set<string>();
      for (const sub of s.subItems ?? []) {
        if (subIds.has(sub.id)) problems.push(`step "${s.id}" has sub-item "${sub.id}" twice`);
        subIds.add(sub.id);
      }
    }
  }
  for (const stage of checklist.stages) {
    for (const s of stage.steps) {
      for (const q of conditionQuestions(s.when)) {
        if (!questionIds.has(q)) problems.push(`step "${s.id}" depends on unknown question "${q}"`);
      }
      for (const r of s.requires ?? []) {
        if (!stepIds.has(r)) problems.push(`step "${s.id}" requires unknown step "${r}"`);
        if (r === s.id) problems.push(`step "${s.id}" requires itself`);
      }
    }
  }
  const allSteps = checklist.stages.flatMap((st) => st.steps);
  for (const m of methods) {
    const submits = allSteps.filter((s) => s.kind === 'submit' && s.when && 'method' in s.when && s.when.method === m);
    if (submits.length !== 1) problems.push(`method "${m}" has ${submits.length} submission steps, not 1`);
  }
  const confirms = allSteps.filter((s) => s.kind === 'confirm');
  if (confirms.length !== 1) problems.push(`${confirms.length} confirmation steps, not 1`);
  if (checklist.stages.filter((s) => s.choosesMethod).length !== 1) problems.push('not exactly one stage chooses the method');
  for (const [path, text] of textsOf(checklist)) {
    for (const lang of languages) {
      if (!text[lang].trim()) problems.push(`empty ${lang} text at ${path}`);
      if (/https?:|www\.|\.(com|cn|net|org)\b/i.test(text[lang])) problems.push(`outside address in ${lang} text at ${path}`);
    }
  }
  return problems;
}
