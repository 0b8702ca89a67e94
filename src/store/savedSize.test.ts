import { describe, expect, it } from 'vitest';
import { checklist } from '../content/checklist';
import { mayApplyOn } from '../content/paths';
import { useProgress } from './progressStore';
import { actions } from './progressActions';
import { currentLineKey } from './lines';
import { addLine } from './lineActions';

/** A finished built-in checklist: every question answered, every task and list item done, a note on every task. */
function finishChecklist() {
  // A mainland number: every other question answered yes, every item of its list marked.
  for (const q of checklist.questions) actions.answer(q.id, q.options ? (q.options[0] ?? '') : 'yes');
  actions.chooseMethod('store');
  for (let i = 0; i < 5; i++) actions.addCustomEntry(`我的其他账号 ${i + 1}：某某购物 App`);
  for (const e of useProgress.getState().customEntries) actions.markItem(`custom.${e.id}`, 'done');
  for (const task of checklist.groups.flatMap((g) => g.tasks).filter((t) => mayApplyOn(checklist, t.when, 'mainland'))) {
    if (!task.list && task.kind !== 'confirm' && task.kind !== 'method') actions.setTicked(task.id, true);
    for (const [i, item] of (task.list ?? []).flatMap((g) => g.items).filter((item) => mayApplyOn(checklist, item.when, 'mainland')).entries()) actions.markItem(`${task.id}.${item.id}`, i % 3 === 0 ? 'notUsed' : 'done');
    actions.setNote(task.id, `工单号 2026112400${task.id.length}，客服王女士，电话里说三个工作日内处理完毕，记得再打电话确认。`);
  }
  actions.confirm({ date: '2026-11-24', reference: 'ZXZM-2026-11-24-000123' });
}

describe('saved state size', () => {
  it('a finished checklist with notes and history stays within 16 KB', () => {
    finishChecklist();
    const saved = localStorage.getItem(currentLineKey()) ?? '';
    const bytes = new TextEncoder().encode(saved).length;
    console.log(`saved state, finished checklist with notes and history: ${bytes} bytes UTF-8, ${saved.length} UTF-16 units, ${useProgress.getState().history.length} history entries`);
    expect(useProgress.getState().history.length).toBeGreaterThan(40);
    expect(bytes).toBeLessThanOrEqual(16 * 1024);
  });

  // 17 KB since the catalogue grew to some sixty accounts (issue 21): each mark is about 40 bytes.
  it('with the history at its cap (the oldest folded into a count), it still stays within 17 KB', () => {
    finishChecklist();
      for (let i = 0; i < 200; i++) actions.setTicked('keepProof', i % 2 === 1);
    const state = useProgress.getState();
    const bytes = new TextEncoder().encode(localStorage.getItem(currentLineKey()) ?? '').length;
    console.log(`saved state, history at its cap (${state.history.length} kept, ${state.historyFolded} folded): ${bytes} bytes UTF-8`);
    expect(state.historyFolded).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(17 * 1024);
  });

  it('three finished lines with notes, dates and history, and the list of lines, stay within 48 KB', () => {
    const finishLine = () => {
      finishChecklist();
      for (const kind of ['expectConfirmation', 'refundDue', 'contractEnds'] as const) actions.setDate(kind, '2026-12-31');
    };
    finishLine();
    for (const name of ['工作号', '旧保号卡']) {
      expect(addLine(name, '8000')).toBe('ok');
      finishLine();
    }
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('cancel-line:'));
    const bytes = keys.reduce((n, k) => n + new TextEncoder().encode(k + (localStorage.getItem(k) ?? '')).length, 0);
    console.log(`saved state, three finished lines: ${bytes} bytes UTF-8 in ${keys.length} keys`);
    expect(keys.filter((k) => k.startsWith('cancel-line:line:'))).toHaveLength(3);
    expect(bytes).toBeLessThanOrEqual(48 * 1024);
  });
});
