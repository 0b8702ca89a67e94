import { fromAbroad, onMainland } from './paths';
import type { Condition, ListGroup } from './types';

/** Items of one path, written as a list: `m('qq', 'weibo')`. */
const on = (when: Condition) => (...ids: string[]) => ids.map((id) => ({ id, when }));
const m = on(onMainland);
const a = on(fromAbroad);

/**
 * The accounts that usually use the number, to move to another number (or an authenticator app) while it still
 * receives codes (their names, and where each setting usually is, are in each path's words), and the people to
 * tell the new number. One list for both paths: an item without a condition is on both (the Apple ID, Google,
 * Microsoft, WeChat, Alipay, games), so it is one mark whichever list the person is on; the rest say where they
 * apply (a mainland number's 12306 and 个税; a number from abroad's WhatsApp and PayPal).
 * Menu paths change between app versions: the words say where the setting usually is, never promise it.
 * Few groups on purpose: each folds to a line and can be marked "none of these on this number" in one tap.
 */
export const rebindCatalogue: readonly ListGroup[] = [
  {
    // Messaging apps abroad that *are* the number: their own change-number feature, or delete the account.
    id: 'messaging',
    items: a('whatsapp', 'telegram', 'signal'),
  },
  {
    id: 'payment',
    items: [
      // Each bank keeps two numbers (the reserved number, 预留手机号, and the one for account-alert texts): the
      // person lists their banks, one entry each, for both.
      { id: 'banks', entries: 'bank', when: onMainland },
      ...m('creditCards'),
      { id: 'alipay' },
      ...m('wechatPay', 'unionPay', 'ecny', 'brokers'),
      ...a('paypal', 'banksAbroad', 'brokersAbroad'),
    ],
  },
  {
    id: 'credit',
    items: m('huabei', 'baitiao', 'onlineLenders', 'mortgage', 'insurance'),
  },
  {
    id: 'social',
    items: [{ id: 'wechat' }, ...m('qq', 'weibo', 'douyin', 'kuaishou', 'xiaohongshu', 'bilibili'), ...a('x', 'discord', 'instagram')],
  },
  {
    id: 'daily',
    items: [
      ...m('taobao', 'jd', 'pdd', 'meituan', 'eleme', 'didi', 'ctrip', 'rail12306', 'etc', 'utilities', 'baidu', 'addresses'),
      ...a('amazon'),
    ],
  },
  {
    id: 'government',
    items: m('tax', 'govService', 'socialInsurance', 'housingFund', 'traffic', 'chsi'),
  },
  {
    id: 'security',
    items: [...m('emailRecovery', 'twoFactor', 'appleLogin'), { id: 'apple' }, { id: 'google' }, { id: 'microsoft' }, ...a('github', 'openai')],
  },
  { id: 'operator', items: m('operatorServices', 'carrierBilling', 'appStoreBilling') },
  {
    id: 'other',
    items: [...m('workApps', 'jobSites', 'cloudDrives', 'phoneMaker', 'smartDevices', 'memberships'), { id: 'games' }, ...a('steam', 'crypto')],
  },
  { id: 'tell', marks: 'tell', items: m('family', 'work', 'school', 'landlord') },
];
