import type { Lang } from '../content/types';
import type { CoreWords, TaskDetails, TaskTitle } from '../content/words';
import type { Reason, Target } from '../rules/evaluate';

// What the overview says (its next step and what waits); the pages' own text helpers are in pageText.ts.

/** What a blocker or the next step is called on the page. */
export function targetTitle(words: CoreWords, target: Target): string {
  if (target.kind === 'question') return words.questions[target.questionId]?.title ?? target.questionId;
  return words.tasks[target.taskId]?.title ?? target.taskId;
}

/** One of the rules' reasons in words. */
export function reasonText(words: CoreWords, reason: Reason): string {
  const r = words.reasons;
  switch (reason.kind) {
    case 'answerQuestion':
      return r.answerQuestion;
    case 'waitsForAnswer':
      return r.waitsForAnswer(words.questions[reason.questionId]?.title ?? reason.questionId);
    case 'waitsForTask':
      return r.waitsForTask(words.tasks[reason.taskId]?.title ?? reason.taskId);
    case 'waitsForPrerequisites':
      return r.waitsForPrerequisites(reason.count);
    case 'waitsForSubmission':
      return r.waitsForSubmission;
    case 'waitsForProtection':
      return r.waitsForProtection(reason.taskIds.map((id) => words.tasks[id]?.title ?? id));
    case 'why': {
      // Said on a task's page, whose words are all loaded (the titles alone do not say why).
      const task: TaskTitle & Partial<TaskDetails> | undefined = words.tasks[reason.taskId];
      const why = task?.why ?? reason.taskId;
      return reason.unsure ? r.withUnsure(why) : why;
    }
  }
}

/** Several reasons as one line. */
export function reasonsLine(words: CoreWords, lang: Lang, reasons: readonly Reason[]): string {
  return reasons.map((r) => reasonText(words, r)).join(lang === 'zh' ? '；' : '; ');
}
