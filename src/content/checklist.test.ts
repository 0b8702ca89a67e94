import { describe, expect, it } from 'vitest';
import { checklist, stuckGuidance } from './checklist';
import { validateChecklist, textsOf } from './validate';
import type { Checklist } from './types';

describe('the built-in checklist', () => {
  it('passes validation: unique ids, resolved references, no empty text, no outside address', () => {
    expect(validateChecklist(checklist)).toEqual([]);
  });

  it('has the four stages of the source article, with its Chinese titles', () => {
    expect(checklist.stages.map((s) => s.title.zh)).toEqual([
      '确认是否满足注销条件',
      '准备相关材料',
      '选择注销方式',
      '注意事项',
    ]);
  });

  it.each([
    '未结清账单',
    '合约期限未满',
    '卡内有余额',
    '个人身份证明',
    '账户信息',
    '设备解锁状态',
    '合同协议',
    '线上注销',
    '线下注销',
    '备份重要数据',
    '解除绑定关系',
    '关注退费事宜',
    '保持通讯畅通',
  ])('keeps the article’s key term %s in a Chinese label', (term) => {
    const labels = [
      ...checklist.stages.flatMap((s) => [...s.steps.map((st) => st.title.zh), ...s.questions.map((q) => q.title.zh)]),
      ...Object.values(checklist.method.options).map((o) => o.zh),
    ];
    expect(labels.some((l) => l.includes(term))).toBe(true);
  });

  it('names the services to unbind and the way to find them, without links', () => {
    const unbind = checklist.stages.flatMap((s) => s.steps).find((s) => s.id === 'unbind');
    expect(unbind?.subItems?.map((i) => i.title.zh)).toEqual(
      expect.arrayContaining(['微信', '支付宝', '云存储和网盘', '智能手表等设备']),
    );
    expect(unbind?.detail?.zh).toContain('一证通查2.0');
    expect(unbind?.detail?.zh).toContain('一键查询');
  });

  it('puts the MIIT complaint service last in the stuck guidance', () => {
    expect(stuckGuidance.at(-1)?.title.zh).toContain('12300');
    expect([...textsOf(stuckGuidance)].length).toBeGreaterThan(0);
  });
});

describe('validateChecklist catches broken content', () => {
  const broken: Checklist = {
    ...checklist,
    stages: [
      {
        id: 'a',
        title: { zh: '甲', en: '' },
        questions: [],
        choosesMethod: true,
        steps: [
          { id: 'x', kind: 'prerequisite', title: { zh: '见 https://example.com', en: 'x' }, why: { zh: '因', en: 'why' }, when: { question: 'nope', is: 'yes' } },
          { id: 'x', kind: 'prerequisite', title: { zh: '乙', en: 'y' }, why: { zh: '因', en: 'why' }, requires: ['ghost'] },
        ],
      },
    ],
  };
  it('reports each problem', () => {
    const problems = validateChecklist(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'duplicate id "x"',
        'step "x" depends on unknown question "nope"',
        'step "x" requires unknown step "ghost"',
        'method "online" has 0 submission steps, not 1',
        '0 confirmation steps, not 1',
        'empty en text at stages[0].title',
        'outside address in zh text at stages[0].steps[0].title',
      ]),
    );
  });
});
