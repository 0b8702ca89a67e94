import type { ListGroup } from './types';

/**
 * The accounts that usually use a mainland phone number, to move to another number before cancelling (their
 * names, and where each setting usually is, are in the words files), and the people to tell the new number.
 * Menu paths change between app versions: the words say where the setting usually is, never promise it.
 * Few groups on purpose: each folds to a line and can be marked "none of these on this number" in one tap.
 */
export const rebindCatalogue: readonly ListGroup[] = [
  {
    id: 'payment',
    items: [
      // Each bank keeps two numbers (the reserved number, 预留手机号, and the one for account-alert texts): the
      // person lists their banks, one entry each, for both.
      { id: 'banks', entries: 'bank' },
      { id: 'creditCards' },
      { id: 'alipay' },
      { id: 'wechatPay' },
      { id: 'unionPay' },
      { id: 'ecny' },
      { id: 'brokers' },
    ],
  },
  {
    id: 'credit',
    items: [{ id: 'huabei' }, { id: 'baitiao' }, { id: 'onlineLenders' }, { id: 'mortgage' }, { id: 'insurance' }],
  },
  {
    id: 'social',
    items: [
      { id: 'wechat' },
      { id: 'qq' },
      { id: 'weibo' },
      { id: 'douyin' },
      { id: 'kuaishou' },
      { id: 'xiaohongshu' },
      { id: 'bilibili' },
    ],
  },
  {
    id: 'daily',
    items: [
      { id: 'taobao' },
      { id: 'jd' },
      { id: 'pdd' },
      { id: 'meituan' },
      { id: 'eleme' },
      { id: 'didi' },
      { id: 'ctrip' },
      { id: 'rail12306' },
      { id: 'etc' },
      { id: 'utilities' },
      { id: 'baidu' },
      { id: 'addresses' },
    ],
  },
  {
    id: 'government',
    items: [
      { id: 'tax' },
      { id: 'govService' },
      { id: 'socialInsurance' },
      { id: 'housingFund' },
      { id: 'traffic' },
      { id: 'chsi' },
    ],
  },
  {
    id: 'security',
    items: [
      { id: 'emailRecovery' },
      { id: 'twoFactor' },
      { id: 'appleLogin' },
      { id: 'apple' },
      { id: 'google' },
      { id: 'microsoft' },
    ],
  },
  { id: 'operator', items: [{ id: 'operatorServices' }, { id: 'carrierBilling' }, { id: 'appStoreBilling' }] },
  {
    id: 'other',
    items: [
      { id: 'workApps' },
      { id: 'jobSites' },
      { id: 'cloudDrives' },
      { id: 'phoneMaker' },
      { id: 'smartDevices' },
      { id: 'memberships' },
      { id: 'games' },
    ],
  },
  { id: 'tell', marks: 'tell', items: [{ id: 'family' }, { id: 'work' }, { id: 'school' }, { id: 'landlord' }] },
];
