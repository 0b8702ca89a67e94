import type { Bilingual } from './types';

/** The rules' own sentences, in both languages: why something waits, or blocks. */
export const reasons = {
  answerQuestion: {
    zh: '还没回答：答案决定你需要做哪些步骤。',
    en: 'Not answered yet: the answer decides which steps you need.',
  } satisfies Bilingual,
  waitsForAnswer: (question: Bilingual): Bilingual => ({
    zh: `要先回答「${question.zh}」`,
    en: `Answer “${question.en}” first`,
  }),
  waitsForStep: (step: Bilingual): Bilingual => ({
    zh: `要先完成「${step.zh}」`,
    en: `Do “${step.en}” first`,
  }),
  waitsForPrerequisites: (count: number): Bilingual => ({
    zh: `还有 ${count} 项要先完成（见上方列表）`,
    en: count === 1 ? '1 thing must be done first (see the list above)' : `${count} things must be done first (see the list above)`,
  }),
  waitsForSubmission: {
    zh: '要先提交注销申请',
    en: 'Submit the cancellation first',
  } satisfies Bilingual,
  withUnsure: (why: Bilingual): Bilingual => ({
    zh: `${why.zh}（你选了「不确定」：向运营商核实前先按需要处理。）`,
    en: `${why.en} (You answered “not sure”: until you check with your operator, the list plays safe.)`,
  }),
};
