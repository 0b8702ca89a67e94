import { describe, expect, it } from 'vitest';
import { allWords } from '../test/words';
import { checklist } from './checklist';
import { mayApplyOn } from './paths';
import { rebindCatalogue } from './rebindCatalogue';

const { zh, en } = allWords;
/** The mainland list's items (the list from abroad's have their own words: checklist.test.ts). */
const ids = rebindCatalogue.flatMap((g) => g.items.filter((i) => mayApplyOn(checklist, i.when, 'mainland')).map((i) => i.id));
const title = (id: string) => zh.items[`rebind.${id}`]?.title ?? '';

describe('the re-binding catalogue (issue 21)', () => {
  it('has the accounts people were missing, each with where it usually is in both languages', () => {
    for (const id of ['huabei', 'baitiao', 'onlineLenders', 'mortgage', 'insurance', 'carrierBilling', 'appStoreBilling', 'ecny', 'etc', 'kuaishou', 'jobSites', 'appleLogin', 'family', 'work', 'school', 'landlord']) {
      expect(ids, id).toContain(id);
    }
    for (const id of ids) {
      expect(zh.items[`rebind.${id}`]?.where, `zh ${id}`).toBeTruthy();
      expect(en.items[`rebind.${id}`]?.where, `en ${id}`).toBeTruthy();
    }
    expect(title('huabei')).toContain('花呗');
    expect(title('baitiao')).toContain('白条');
    expect(title('carrierBilling')).toContain('话费支付');
    expect(title('ecny')).toContain('数字人民币');
  });

  it('lists banks one entry each, for both numbers a bank keeps; Alipay’s cards follow each bank’s reserved number', () => {
    expect(rebindCatalogue.find((g) => g.id === 'payment')?.items[0]).toEqual({ id: 'banks', entries: 'bank', when: { question: 'place', is: 'mainland' } });
    expect(zh.items['rebind.banks']?.where).toMatch(/预留手机号[^。]*动账短信/);
    expect(zh.items['rebind.alipay']?.where).toContain('预留手机号');
    expect(en.items['rebind.alipay']?.where).toMatch(/number each bank holds/);
  });

  it('telling people the new number is a group of its own, with its own words for the marks', () => {
    const tell = rebindCatalogue.find((g) => g.id === 'tell');
    expect(tell?.marks).toBe('tell');
    expect(tell?.items.map((i) => i.id)).toEqual(['family', 'work', 'school', 'landlord']);
    expect(zh.ui.listItems.marks.tell).toMatchObject({ pending: '要告诉', done: '已告诉', notUsed: '不用告诉' });
  });

  it('few groups (each is one tap for "none of these"), none of them empty', () => {
    // Nine on either list: the mainland's, and the list from abroad's (its messaging apps first).
    for (const path of ['mainland', 'abroad'] as const) expect(rebindCatalogue.filter((g) => g.items.some((i) => mayApplyOn(checklist, i.when, path))).length, path).toBeLessThanOrEqual(9);
    for (const g of rebindCatalogue) expect(g.items.length, g.id).toBeGreaterThan(0);
  });

  it('a number registered to an employer needs the company’s stamped letter (hedged)', () => {
    expect(zh.tasks.authorisation?.detail).toMatch(/单位名下[^。]*通常[^。]*公章/);
    expect(en.tasks.authorisation?.detail).toMatch(/registered to an employer usually needs a letter[^.]*stamp/);
  });

  it('hedges the official look-ups: 一证通查2.0 generally shows a count, 一键查询 covers the apps that take part', () => {
    expect(zh.ui.unbind.find).toMatch(/「一证通查2\.0」[^。]*一般只显示[^。]*几个/);
    expect(zh.ui.unbind.find).toMatch(/「一键查询」[^。]*只查得到参加了这项服务的 App/);
    expect(en.ui.unbind.find).toMatch(/一证通查2\.0[^.]*generally shows only how many/);
    expect(en.ui.unbind.find).toMatch(/一键查询 \(one-tap lookup\)[^.]*only in the apps that take part/);
  });

  it('in English, each Chinese service name is explained where it is first named on the page', () => {
    // The page's words in the order they appear: the task's detail, the items, how to find what is missing.
    const page = [en.tasks.rebind?.detail ?? '', ...ids.flatMap((id) => [en.items[`rebind.${id}`]?.title ?? '', en.items[`rebind.${id}`]?.where ?? '']), en.ui.unbind.find].join('\n');
    for (const name of ['预留手机号', '数字人民币', '花呗', '白条', '快手', 'BOSS直聘', '话费支付', '小额支付', '一证通查2.0', '一键查询', '一键解绑', '验证码']) {
      const at = page.indexOf(name);
      expect(at, name).toBeGreaterThanOrEqual(0);
      const before = page.slice(Math.max(0, at - 60), at);
      const after = page.slice(at + name.length, at + name.length + 3);
      // Inside a bracket that explains it, or followed by one, or by an appositive ("…, an official look-up service,").
      const explained = /\([^)]*$/.test(before) || after.startsWith(' (') || after.startsWith(', a');
      expect(explained, `${name}: …${before}[${name}]${after}…`).toBe(true);
    }
  });
});
