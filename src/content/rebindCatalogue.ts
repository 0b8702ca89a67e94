import type { ListGroup } from './types';

/**
 * The accounts that usually use a mainland phone number, to move to another number before cancelling (their
 * names, and where each setting usually is, are in the words files). Menu paths change between app versions:
 * the words say where the setting usually is, never promise it.
 */
export const rebindCatalogue: readonly ListGroup[] = [
  {
    id: 'payment',
    items: [
      { id: 'bankReserved' },
      { id: 'bankSms' },
      { id: 'creditCards' },
      { id: 'alipay' },
      { id: 'wechatPay' },
      { id: 'unionPay' },
      { id: 'brokers' },
    ],
  },
  {
    id: 'social',
    items: [
      { id: 'wechat' },
      { id: 'qq' },
      { id: 'weibo' },
      { id: 'douyin' },
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
  { id: 'abroad', items: [{ id: 'apple' }, { id: 'google' }, { id: 'microsoft' }] },
  { id: 'security', items: [{ id: 'emailRecovery' }, { id: 'twoFactor' }] },
  { id: 'operator', items: [{ id: 'operatorServices' }] },
  {
    id: 'other',
    items: [
      { id: 'cloudDrives' },
      { id: 'phoneMaker' },
      { id: 'smartDevices' },
      { id: 'workApps' },
      { id: 'memberships' },
      { id: 'games' },
    ],
  },
];
