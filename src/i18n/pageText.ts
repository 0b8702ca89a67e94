import type { YesNo } from '../content/types';
import type { CoreWords, ScriptFacts, Scripted, TaskDetails, TaskTitle } from '../content/words';
import type { UiText } from '../content/ui';
import type { Evaluation } from '../rules/evaluate';
import { keepAliveRule } from '../rules/lineEnd';
import { isAbroadPlace } from '../content/paths';

// The text helpers of the pages that show a task's details or the answers (the task page, the print view, the
// questions page, the history): they load with those pages, not before the first render.

/** What the answers say about the person, for the words built from them: a task that applies tells. */
export function scriptFacts(evaluation: Evaluation): ScriptFacts {
  const applies = (taskId: string) => {
    const state = evaluation.tasks.get(taskId);
    return state !== undefined && state.status !== 'notApplicable' && !state.pending;
  };
  const answer = (id: string) => evaluation.questions.find((q) => q.id === id && q.asked)?.answer ?? null;
  const place = answer('place');
  const answers = Object.fromEntries(evaluation.questions.filter((q) => q.asked && q.answer !== null).map((q) => [q.id, q.answer]));
  return {
    forHolder: applies('authorisation'),
    refund: applies('refundReceived'),
    sharedDevice: applies('endSharedDevice'),
    contract: applies('endContract'),
    place: isAbroadPlace(place) ? place : null,
    operator: answer('ukOperator') ?? answer('usOperator'),
    plan: answer('plan') === 'prepaid' || answer('plan') === 'contract' ? (answer('plan') as 'prepaid' | 'contract') : null,
    method: evaluation.method,
    endFrom: keepAliveRule(answers)?.from ?? null,
  };
}

/** Words as they read for these facts (the words are never functions themselves, so a function builds them). */
function resolve<T extends string | readonly string[]>(words: Scripted<T> | undefined, facts: ScriptFacts): T | undefined {
  return typeof words === 'function' ? words(facts) : words;
}

/** A task's words as this person reads them: the details built from their answers where the words are. */
export function taskWordsFor(
  words: (TaskTitle & TaskDetails) | undefined,
  facts: ScriptFacts,
): (TaskTitle & { why: string; detail?: string; ask?: readonly string[]; say?: string; done?: string }) | undefined {
  if (!words) return undefined;
  const detail = resolve(words.detail, facts);
  const ask = resolve(words.ask, facts);
  const say = resolve(words.say, facts);
  const done = resolve(words.done, facts);
  return { title: words.title, why: words.why, ...(detail ? { detail } : {}), ...(ask && ask.length > 0 ? { ask } : {}), ...(say ? { say } : {}), ...(done ? { done } : {}) };
}

/** An answer in words: the question's own option's name, or yes / no / not sure. */
export function answerLabel(words: Pick<CoreWords, 'questions'> & { readonly ui: Pick<UiText, 'answer'> }, questionId: string, answer: string): string {
  return words.questions[questionId]?.options?.[answer] ?? (Object.hasOwn(words.ui.answer, answer) ? words.ui.answer[answer as YesNo] : answer);
}
