import type { Bilingual } from './types';

/** The rules' own sentences, in both languages: why something waits, or blocks. */
export const reasons = {
  answerQuestion: {
    zh: '还没回答：答案决定你要做哪些事。',
    en: 'Not answered yet: the answer decides which tasks you need.',
  } satisfies Bilingual,
  waitsForAnswer: (question: Bilingual): Bilingual => ({
    zh: `要先回答「${question.zh}」`,
    en: `Answer “${question.en}” first`,
  }),
  waitsForTask: (task: Bilingual): Bilingual => ({
    zh: `要先完成「${task.zh}」`,
    en: `Do “${task.en}” first`,
  }),
  waitsForPrerequisites: (count: number): Bilingual => ({
    zh: `还有 ${count} 件事要先做完`,
    en: count === 1 ? '1 thing must be done first' : `${count} things must be done first`,
  }),
  waitsForSubmission: {
    zh: '要先提交注销申请',
    en: 'Submit the cancellation first',
  } satisfies Bilingual,
  withUnsure: (why: Bilingual): Bilingual => ({
    zh: `${why.zh}（你选了「不确定」，核实之前清单先留着这一项。）`,
    en: `${why.en} (You answered “Not sure”, so the list keeps this until you check.)`,
  }),
};
