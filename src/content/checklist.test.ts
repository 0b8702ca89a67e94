import { describe, expect, it } from 'vitest';
import { checklist } from './checklist';
import { mayApplyOn } from './paths';
import { blocksSubmission, validateChecklist, validateWords, textsOf } from './validate';
import type { Checklist, Task } from './types';
import type { ScriptFacts, TaskWords } from './words';
import { abroadWords, allWords } from '../test/words';
import { taskWordsFor } from '../i18n/pageText';
import { keepAliveRule } from '../rules/lineEnd';

const { zh, en } = allWords;
const none: ScriptFacts = { forHolder: false, refund: false, sharedDevice: false, contract: false, place: null, operator: null, plan: null, method: null, endFrom: null };

const tasks = checklist.groups.flatMap((g) => g.tasks.map((task) => ({ task, group: g })));
const taskById = new Map(tasks.map(({ task }) => [task.id, task]));

describe('the built-in checklist', () => {
  it('passes validation: unique ids, resolved references, the order of the work', () => {
    expect(validateChecklist(checklist)).toEqual([]);
  });

  it.each([
    ['zh', 'mainland', zh],
    ['en', 'mainland', en],
    ['zh', 'abroad', abroadWords.zh],
    ['en', 'abroad', abroadWords.en],
  ] as const)('has %s words on the %s path for every id on it and no other, with no empty text and no outside address', (_lang, path, words) => {
    expect(validateWords(checklist, words, path)).toEqual([]);
  });

  it.each(['zh', 'en'] as const)('%s: nothing mainland-only on the path from abroad, built for every place, operator, plan and way', (lang) => {
    const w = abroadWords[lang];
    const texts = (facts: ScriptFacts) =>
      [...textsOf({ ...w, tasks: Object.fromEntries(Object.entries(w.tasks).map(([id, t]) => [id, taskWordsFor(t, facts)])) })].map(([, text]) => text).join('\n');
    for (const place of ['uk', 'hk', 'us', 'other'] as const) {
      for (const operator of [null, 'giffgaff', 'lebara', 'ee', 'vodafone', 'three', 'ultra', 'tmobile', 'other']) {
        for (const method of [null, 'lapse', 'close', 'port'] as const) {
          const endFrom = keepAliveRule({ place, plan: 'prepaid', ukOperator: operator, usOperator: operator })?.from ?? null;
          const all = texts({ forHolder: false, refund: false, sharedDevice: false, contract: false, place, operator, plan: 'prepaid', method, endFrom });
          for (const word of ['一证通查', '10086', '12300', '受理单', '营业厅', '身份证', 'ID card', 'MIIT']) expect(all, `${place} ${operator} ${method}`).not.toContain(word);
        }
      }
    }
  });

  it('has the same questions to ask in both languages', () => {
    for (const id of Object.keys(zh.tasks)) expect(en.tasks[id]?.ask?.length, id).toBe(zh.tasks[id]?.ask?.length);
    for (const id of Object.keys(zh.tasks)) expect(en.tasks[id]?.say === undefined, id).toBe(zh.tasks[id]?.say === undefined);
  });

  it('goes before → cancel → after, and names the article’s four stages', () => {
    expect(checklist.groups.map((g) => [g.phase, zh.groups[g.id]?.title])).toEqual([
      ['before', '确认是否满足注销条件'],
      ['before', '准备相关材料'],
      ['before', '注销前先做：账号、数据和余额'],
      ['cancel', '选择注销方式并提交'],
      ['after', '收尾：确认、退款和复查'],
    ]);
    // The one line that says why the article's last stage comes before the cancellation here.
    expect(zh.groups.protect?.intro).toContain('一定要在注销之前做');
  });

  it('order invariant: in content order no prerequisite comes after the submission, and nothing after it blocks it', () => {
    const order = tasks.map(({ task }) => task);
    const submissions = order.filter((t) => t.kind === 'submit');
    expect(submissions.map((t) => t.id)).toEqual(['onlineSubmit', 'storeSubmit', 'lapseStop', 'closeAsk', 'portSubmit']);
    for (const submission of submissions) {
      const blocking = order.filter((t) => blocksSubmission(t, submission));
      expect(blocking.length).toBeGreaterThan(15);
      for (const t of blocking) expect(order.indexOf(t), `${t.id} before ${submission.id}`).toBeLessThan(order.indexOf(submission));
    }
    for (const { task, group } of tasks) {
      if (group.phase === 'after') expect(['followUp', 'confirm'], task.id).toContain(task.kind);
      for (const r of task.requires ?? []) expect(order.findIndex((t) => t.id === r), `${task.id} requires ${r}`).toBeLessThan(order.indexOf(task));
    }
  });

  // Every item of the source article, and the task that carries it.
  it.each([
    ['查询账户状态', 'checkStatus'],
    ['未结清账单', 'settleBills'],
    ['合约期限未满', 'endContract'],
    ['卡内有余额', 'handleBalance'],
    ['个人身份证明', 'idDocument'],
    ['账户信息', 'accountInfo'],
    ['设备解锁状态', 'deviceUnlock'],
    ['合同协议', 'contractPapers'],
    ['线上：访问官方网站', 'onlineOpen'],
    ['线上：填写注销申请表', 'onlineForm'],
    ['线上：上传材料', 'onlineUpload'],
    ['线上：等待审核', 'operatorConfirmed'],
    ['线上：确认注销成功', 'operatorConfirmed'],
    ['线下：携带必要材料', 'storeFind'],
    ['线下：咨询工作人员', 'storeAsk'],
    ['线下：填写表格', 'storeSubmit'],
    ['线下：注销证明', 'keepProof'],
    ['备份重要数据', 'backup'],
    ['解除绑定关系', 'rebind'],
    ['关注退费事宜', 'refundReceived'],
    ['保持通讯畅通', 'reachable'],
  ])('keeps the article’s item %s (task %s)', (_item, taskId) => {
    expect(taskById.has(taskId)).toBe(true);
  });

  it('offers the balance transfer the article mentions, and stuck guidance ends with 12300', () => {
    expect(zh.tasks.handleBalance?.title).toContain('转走');
    expect(zh.stuck.at(-1)?.title).toContain('12300');
  });

  it('has a re-binding catalogue of at least 30 accounts in groups, each saying where the setting usually is', () => {
    const rebind = taskById.get('rebind') as Task;
    const items = (rebind.list ?? []).flatMap((g) => g.items);
    const onMainland = items.filter((i) => mayApplyOn(checklist, i.when, 'mainland'));
    const fromAbroad = items.filter((i) => mayApplyOn(checklist, i.when, 'abroad'));
    expect(onMainland.length).toBeGreaterThanOrEqual(30);
    expect(fromAbroad.length).toBeGreaterThanOrEqual(20);
    expect((rebind.list ?? []).length).toBeGreaterThanOrEqual(6);
    expect(onMainland.map((i) => i.id)).toEqual(expect.arrayContaining(['banks', 'alipay', 'wechat', 'wechatPay', 'rail12306', 'tax', 'apple', 'emailRecovery', 'twoFactor']));
    expect(fromAbroad.map((i) => i.id)).toEqual(expect.arrayContaining(['apple', 'google', 'microsoft', 'whatsapp', 'telegram', 'signal', 'paypal', 'x', 'discord', 'steam', 'openai', 'amazon', 'instagram', 'github', 'games', 'wechat', 'alipay']));
    for (const item of onMainland) expect(zh.items[`rebind.${item.id}`]?.where, item.id).toBeDefined();
    for (const item of fromAbroad) for (const lang of ['zh', 'en'] as const) expect(abroadWords[lang].items[`rebind.${item.id}`]?.where, item.id).toBeDefined();
    expect(rebind.ownEntries).toBe(true);
    for (const name of ['一键查询', '一证通查2.0', '一键解绑']) expect(zh.ui.unbind.find).toContain(name);
  });

  it('has questions to ask the operator and words to say at the counter, with blanks for the person’s facts', () => {
    expect(zh.tasks.checkStatus?.ask?.length).toBeGreaterThanOrEqual(5);
    expect(taskWordsFor(zh.tasks.storeAsk, none)?.say).toContain('____');
    expect(taskWordsFor(en.tasks.storeAsk, none)?.say).toContain('____');
  });

  describe('the counter words and the online form are built from the answers', () => {
    const say = (lang: 'zh' | 'en', facts: Partial<typeof none>) => taskWordsFor(allWords[lang].tasks.storeAsk, { ...none, ...facts })?.say ?? '';
    const form = (lang: 'zh' | 'en', facts: Partial<typeof none>) => taskWordsFor(allWords[lang].tasks.onlineForm, { ...none, ...facts })?.detail ?? '';
    it.each([
      ['zh', '授权书', '我是机主', '退还', '一号双终端', '协议'],
      ['en', 'authorisation', 'I am the holder', 'refunded', '一号双终端', 'agreement'],
    ] as const)('%s: the proxy sentence only for someone going for the holder; the refund, the watch and the agreement only when there is one', (lang, proxy, holder, refund, watch, contract) => {
      expect(say(lang, {})).toContain(holder);
      expect(say(lang, {})).not.toContain(proxy);
      expect(say(lang, { forHolder: true })).toContain(proxy);
      expect(say(lang, { forHolder: true })).not.toContain(holder);
      for (const [fact, text] of [['refund', refund], ['sharedDevice', watch], ['contract', contract]] as const) {
        expect(say(lang, {}), fact).not.toContain(text);
        expect(say(lang, { [fact]: true }), fact).toContain(text);
      }
      expect(form(lang, {})).not.toContain(refund === '退还' ? '退还余额' : 'refund');
      expect(form(lang, { refund: true })).toContain(refund === '退还' ? '退还余额' : 'refund');
    });
  });

  it('says once that apps call it 销户, and names 保号卡 in the introduction', () => {
    const mentions = [...textsOf(zh)].filter(([, t]) => t.includes('常叫「销户」'));
    expect(mentions).toHaveLength(1);
    expect(zh.ui.tagline).toContain('保号卡');
  });

  it('every "not sure" advice names an answer label that exists', () => {
    const labels = Object.values(zh.ui.answer);
    for (const q of checklist.questions.filter((x) => !x.options && mayApplyOn(checklist, x.when, 'mainland'))) {
      const quoted = [...(zh.questions[q.id]?.unsureAdvice ?? '').matchAll(/「([^」]+)」/g)].map((m) => m[1]);
      expect(quoted.length, q.id).toBeGreaterThan(0);
      for (const label of quoted.filter((l) => l !== '一证通查')) expect(labels, `${q.id}: 「${label}」`).toContain(label);
      const enQuoted = [...(en.questions[q.id]?.unsureAdvice ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      for (const label of enQuoted) expect(Object.values(en.ui.answer), `${q.id}: “${label}”`).toContain(label);
    }
  });

  it('what a question changes names tasks that exist, by their titles', () => {
    const titles = { zh: Object.values(zh.tasks).map((t) => t.title), en: Object.values(en.tasks).map((t) => t.title) };
    for (const q of checklist.questions.filter((x) => !x.options && mayApplyOn(checklist, x.when, 'mainland'))) {
      const zhNames = [...(zh.questions[q.id]?.changes ?? '').matchAll(/「([^」]+)」/g)].map((m) => m[1]).filter((l) => !Object.values(zh.ui.answer).includes(l ?? ''));
      const enNames = [...(en.questions[q.id]?.changes ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      expect(zhNames.length, q.id).toBeGreaterThan(0);
      for (const title of zhNames) expect(titles.zh, `${q.id}: 「${title}」`).toContain(title);
      for (const title of enNames) expect(titles.en, `${q.id}: “${title}”`).toContain(title);
    }
  });

  it('uses no phrase the review found translated or too firm', () => {
    const all = [...textsOf(zh)].map(([, t]) => t).join('\n');
    for (const phrase of ['结清未结清账单', '那本证件', 'SIM 配置', '只走你选的那条路', '先按需要处理', '还挡着注销', '签了最低消费期', '融合套餐（家庭', '不丢钱', '填错会导致审核失败', '当场拿注销证明']) {
      expect(all, phrase).not.toContain(phrase);
    }
  });
});

describe('validateChecklist catches broken content', () => {
  const t = (id: string, extra: Partial<Task> = {}): Task => ({ id, kind: 'prerequisite', ...extra });
  const broken: Checklist = {
    ...checklist,
    questions: [{ id: 'q', when: { question: 'later', is: 'yes' } }],
    groups: [
      { id: 'late', phase: 'after', tasks: [t('a', { kind: 'submit' })] },
      {
        id: 'early',
        phase: 'before',
        tasks: [t('x', { when: { question: 'nope', is: 'yes' }, requires: ['ghost'] }), t('x'), t('y', { requires: ['z'] }), t('z'), t('f', { kind: 'followUp' })],
      },
    ],
  };
  it('reports each problem', () => {
    expect(validateChecklist(broken)).toEqual(
      expect.arrayContaining([
        'question "q" depends on "later", which is not asked before it',
        'group "early" (before) comes after a later phase',
        'duplicate id "x"',
        'task "x" depends on unknown question "nope"',
        'task "x" requires "ghost", which is not above it',
        'task "y" requires "z", which is not above it',
        'task "a" is after the cancellation but is a submit',
        'task "f" is a followUp before the cancellation',
        'task "x" blocks the submission "a" but comes after it',
        'method "online" has 0 submission tasks, not 1',
        '0 confirm tasks on the mainland path, not 1',
        '0 method tasks on the abroad path, not 1',
        'the question that decides the list is not the one first question',
        'task "x" is on no path',
      ]),
    );
  });

  it('the gate: every step of a way of cancelling waits for what protects, but one that finds out where and how', () => {
    const cancel = checklist.groups.find((g) => g.phase === 'cancel');
    if (!cancel) throw new Error('no cancel group');
    // The store's counter visit no longer commits: two steps of the store way would then be open.
    const opened: Checklist = {
      ...checklist,
      groups: checklist.groups.map((g) => (g !== cancel ? g : { ...g, tasks: g.tasks.map((task) => (task.id === 'storeAsk' ? { ...task, commits: false } : task)) })),
    };
    expect(validateChecklist(opened)).toContain('method "store" has 2 steps that do not wait for what protects (storeFind, storeAsk), not at most 1');
    const noProtection: Checklist = { ...checklist, groups: checklist.groups.map((g) => ({ ...g, tasks: g.tasks.map((task) => ({ ...task, protects: false })) })) };
    expect(validateChecklist(noProtection)).toContain('no task protects the person on the abroad path');
  });

  it('reports words missing, left over, empty or with an outside address', () => {
    const tasks: Record<string, TaskWords> = { ...zh.tasks };
    delete tasks.settleBills;
    const words = { ...zh, tasks: { ...tasks, ghost: { title: 'x', why: 'y' }, decide: { title: '见 https://example.com', why: ' ' } } };
    expect(validateWords(checklist, words, 'mainland')).toEqual(
      expect.arrayContaining([
        'no tasks words for "settleBills" on the mainland path',
        'tasks words for "ghost", which is not on the mainland path',
        'outside address at tasks.decide.title',
        'empty text at tasks.decide.why',
      ]),
    );
  });
});
