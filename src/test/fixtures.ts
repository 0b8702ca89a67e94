import type { Answer } from '../content/types';

/**
 * The answers of a person with nothing special: a mainland number, nothing owed, no agreement, no credit, their
 * own line, no eSIM.
 */
export const nothingSpecial: Readonly<Record<string, Answer>> = {
  place: 'mainland',
  unpaidBills: 'no',
  contract: 'no',
  balance: 'no',
  ownName: 'yes',
  proxy: 'no',
  bundle: 'no',
  sharedDevice: 'no',
  lockedDevice: 'no',
  esim: 'no',
};

/** The tasks such a person ticks before submitting in a store (the tasks made of lists apart). */
export const plainTasksBeforeStoreSubmission: readonly string[] = ['decide', 'checkStatus', 'idDocument', 'accountInfo', 'backup', 'finalBill', 'reachable', 'storeFind', 'storeAsk'];
