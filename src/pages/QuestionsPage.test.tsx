import { answerLabel } from '../i18n/pageText';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useProgress } from '../store/progressStore';
import { nothingSpecial } from '../test/fixtures';
import { openPage } from '../test/openPage';
import { allWords } from '../test/words';

const { en, zh } = allWords;

/** The last link on the page itself (the status beside it and the footer apart): where the page ends. */
const pageEnd = () => within(screen.getByRole('main')).getAllByRole('link').at(-1);
const nextLinkOnPage = () => within(screen.getByRole('main')).queryByRole('link', { name: new RegExp(`^${en.ui.status.next.trim()}`) });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name of the next step's link: "Next: " and the task's title. */
const nextStep = (label: string, title = '') => new RegExp(`^${escape(label.trim())}\\s*${escape(title)}$`);

describe('the end of the questions page (#/questions)', () => {
  it('once every question is answered, a follow-up too, the page ends with the next step as a link; until then, with the way back', async () => {
    const user = await openPage('#/questions', 'en');
    expect(pageEnd()).toHaveAccessibleName(en.ui.nav.back);
    // Credit left brings one more question: whether to ask for it back.
    const answers = { ...nothingSpecial, balance: 'yes' as const, refund: 'no' as const };
    for (const [id, answer] of Object.entries(answers)) {
      expect(nextLinkOnPage(), `before ${id} is answered`).not.toBeInTheDocument();
      const question = screen.getByRole('group', { name: en.questions[id]?.title });
      await user.click(within(question).getByRole('radio', { name: answerLabel(en, id, answer) }));
    }
    expect(pageEnd()).toHaveAccessibleName(nextStep(en.ui.status.next, en.tasks.decide?.title));
    expect(pageEnd()).toHaveAttribute('href', '#/task/decide');
  });

  it('answered on an earlier visit, “not sure” among them, it ends with the next step in Chinese', async () => {
    useProgress.setState({ answers: { ...nothingSpecial, unpaidBills: 'unsure' } });
    await openPage('#/questions', 'zh');
    expect(pageEnd()).toHaveAccessibleName(nextStep(zh.ui.status.next, zh.tasks.decide?.title));
    expect(pageEnd()).toHaveAttribute('href', '#/task/decide');
  });
});
