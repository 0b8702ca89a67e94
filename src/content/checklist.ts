import { fromAbroad as abroad, onMainland as mainland, places } from './paths';
import { rebindCatalogue } from './rebindCatalogue';
import type { Checklist } from './types';

/**
 * The built-in checklist's structure, in the order the work must happen: before you cancel, the cancellation
 * itself, after. Its words are in `words/zh.ts` and `words/en.ts`, by the same ids. Every item of the source
 * article is here, and its four stage names are group titles.
 * Operator-neutral on purpose: where operators differ, the words say "usually" or "ask your operator".
 * No links: the product names services and official short numbers, it never sends anyone anywhere.
 */
const structure = {
  questions: [
    { id: 'place', options: places, decidesList: true },
    // A number from abroad: its operator (the UK and the US), and prepaid or a monthly contract.
    { id: 'ukOperator', when: { question: 'place', is: 'uk' }, options: ['giffgaff', 'lebara', 'ee', 'vodafone', 'three', 'other'] },
    { id: 'usOperator', when: { question: 'place', is: 'us' }, options: ['ultra', 'tmobile', 'other'] },
    { id: 'plan', when: abroad, options: ['prepaid', 'contract'] },
    // A mainland number.
    { id: 'unpaidBills', when: mainland },
    { id: 'contract', when: mainland },
    { id: 'balance', when: mainland },
    { id: 'refund', when: { question: 'balance', is: 'yes' } },
    { id: 'ownName', when: mainland },
    { id: 'proxy', when: mainland },
    { id: 'bundle', when: mainland },
    { id: 'sharedDevice', when: mainland },
    { id: 'lockedDevice', when: mainland },
    // Both.
    { id: 'esim' },
  ],
  groups: [
    {
      id: 'check',
      phase: 'before',
      tasks: [
        { id: 'decide', kind: 'prerequisite', when: mainland },
        { id: 'checkStatus', kind: 'prerequisite', when: mainland },
        { id: 'settleBills', kind: 'prerequisite', when: { question: 'unpaidBills', is: 'yes' } },
        { id: 'endContract', kind: 'prerequisite', when: { question: 'contract', is: 'yes' } },
        { id: 'splitBundle', kind: 'prerequisite', when: { question: 'bundle', is: 'yes' }, protects: true },
        {
          id: 'endSharedDevice',
          kind: 'prerequisite',
          when: { question: 'sharedDevice', is: 'yes' },
          protects: true,
        },
        // From abroad: how the line ends is the first decision (porting it keeps the accounts working), then
        // keeping it alive until they are moved.
        { id: 'chooseEnd', kind: 'method', when: abroad },
        { id: 'keepAlive', kind: 'prerequisite', when: abroad },
        // A Hong Kong card is registered to a real name; one sold "already registered" can stop without warning.
        { id: 'hkRealName', kind: 'prerequisite', when: { question: 'place', is: 'hk' } },
      ],
    },
    {
      id: 'prepare',
      phase: 'before',
      tasks: [
        { id: 'idDocument', kind: 'prerequisite', when: mainland },
        { id: 'accountInfo', kind: 'prerequisite', when: mainland },
        { id: 'deviceUnlock', kind: 'prerequisite', when: { question: 'lockedDevice', is: 'yes' } },
        { id: 'contractPapers', kind: 'prerequisite', when: { question: 'contract', is: 'yes' } },
        {
          id: 'authorisation',
          kind: 'prerequisite',
          when: { anyOf: [{ question: 'ownName', is: 'no' }, { question: 'proxy', is: 'yes' }] },
        },
      ],
    },
    {
      id: 'protect',
      phase: 'before',
      tasks: [
        { id: 'backup', kind: 'prerequisite', when: mainland, protects: true },
        // One list for both paths (an account on both, such as the Apple ID, is one mark); each item says where it
        // applies. A line suspended for unpaid bills (欠费停机) usually receives no codes: re-binding waits for
        // paying them. A number ported out keeps working, so its accounts need not move.
        {
          id: 'rebind',
          kind: 'prerequisite',
          when: { notMethod: 'port' },
          list: rebindCatalogue,
          ownEntries: true,
          protects: true,
          requires: ['settleBills'],
        },
        { id: 'twoStep', kind: 'prerequisite', when: { allOf: [abroad, { notMethod: 'port' }] }, protects: true },
        {
          id: 'stopAutoPay',
          kind: 'prerequisite',
          when: mainland,
          protects: true,
          list: [
            {
              id: 'payments',
              marks: 'stop',
              items: [{ id: 'autoTopUp' }, { id: 'bankDebit' }, { id: 'familyPay' }],
            },
          ],
        },
        // A prepaid line's renewal and saved card; a contract keeps paying its bills until the final one (after).
        { id: 'autoRenew', kind: 'prerequisite', when: { question: 'plan', is: 'prepaid' }, protects: true },
        { id: 'handleBalance', kind: 'prerequisite', when: { question: 'balance', is: 'yes' }, protects: true },
        { id: 'credit', kind: 'prerequisite', when: { question: 'plan', is: 'prepaid' }, protects: true },
        { id: 'finalBill', kind: 'prerequisite', when: mainland },
        { id: 'keepEsim', kind: 'prerequisite', when: { question: 'esim', is: 'yes' } },
        { id: 'reachable', kind: 'prerequisite', when: mainland },
      ],
    },
    {
      id: 'cancel',
      phase: 'cancel',
      tasks: [
        { id: 'chooseMethod', kind: 'method', when: mainland },
        // Finding the official entry commits to nothing; from the form on, staff or the flow may cancel at once.
        { id: 'onlineOpen', kind: 'prerequisite', when: { method: 'online' } },
        { id: 'onlineForm', kind: 'prerequisite', when: { method: 'online' }, commits: true },
        { id: 'onlineUpload', kind: 'prerequisite', when: { method: 'online' }, commits: true },
        { id: 'onlineSubmit', kind: 'submit', when: { method: 'online' }, commits: true },
        // Asking by phone which store can do it commits to nothing; at the counter, staff may process it on the spot.
        { id: 'storeFind', kind: 'prerequisite', when: { method: 'store' } },
        { id: 'storeAsk', kind: 'prerequisite', when: { method: 'store' }, commits: true },
        { id: 'storeSubmit', kind: 'submit', when: { method: 'store' }, commits: true },
        // From abroad. Letting it lapse: the last keep-alive is the step that commits (for Ultra Mobile, the
        // payment not made).
        { id: 'lapseStop', kind: 'submit', when: { method: 'lapse' }, commits: true },
        // Asking the operator to close it: finding how (chat, e-mail; what leaving a contract costs) commits to nothing.
        { id: 'closeFind', kind: 'prerequisite', when: { method: 'close' } },
        { id: 'closeAsk', kind: 'submit', when: { method: 'close' }, commits: true },
        // Porting it out: asking for the code ends nothing; only the new operator's use of it does.
        { id: 'portCode', kind: 'prerequisite', when: { method: 'port' } },
        { id: 'portSubmit', kind: 'submit', when: { method: 'port' }, commits: true },
      ],
    },
    {
      id: 'after',
      phase: 'after',
      tasks: [
        { id: 'keepProof', kind: 'followUp', when: mainland },
        { id: 'operatorConfirmed', kind: 'confirm', when: mainland },
        // From abroad, the end is checked, not announced: call it from another phone; the account shows it closed.
        { id: 'lineGone', kind: 'confirm', when: abroad },
        { id: 'refundReceived', kind: 'followUp', when: { question: 'refund', is: 'yes' } },
        // A contract from abroad: its final bill paid, and only then the Direct Debit cancelled.
        { id: 'finalBillAbroad', kind: 'followUp', when: { question: 'plan', is: 'contract' } },
        // Each list's own steps after the end (a tick on one list is not a step done on the other).
        { id: 'removeEsim', kind: 'followUp', when: { allOf: [mainland, { question: 'esim', is: 'yes' }] }, requires: ['operatorConfirmed'] },
        { id: 'destroySim', kind: 'followUp', when: { allOf: [mainland, { question: 'esim', is: 'no' }] }, requires: ['operatorConfirmed'] },
        { id: 'recheckBindings', kind: 'followUp', when: mainland, requires: ['operatorConfirmed'], notBefore: 'recheck' },
        { id: 'abroadRemoveEsim', kind: 'followUp', when: { allOf: [abroad, { question: 'esim', is: 'yes' }] }, requires: ['lineGone'] },
        { id: 'abroadDestroySim', kind: 'followUp', when: { allOf: [abroad, { question: 'esim', is: 'no' }] }, requires: ['lineGone'] },
        // A number ported out keeps working: nothing to re-check.
        { id: 'abroadRecheck', kind: 'followUp', when: { allOf: [abroad, { notMethod: 'port' }] }, requires: ['lineGone'], notBefore: 'recheck' },
      ],
    },
  ],
  methods: {
    online: {
      when: mainland,
      caution: { when: { anyOf: [{ question: 'ownName', is: 'no' }, { question: 'proxy', is: 'yes' }] } },
    },
    store: { when: mainland },
    // A monthly contract cannot simply lapse: unpaid bills become debt.
    lapse: { when: { question: 'plan', is: 'prepaid' } },
    close: { when: abroad },
    port: { when: abroad },
  },
} as const satisfies Checklist;

/** The checklist as every layer reads it: by the general shape. */
export const checklist: Checklist = structure;

/**
 * The ids of the checklist's tasks, questions and groups, as types (from its exact value): each language's words
 * are checked to name every one (`words/complete.ts`), so a task without its words fails the type-check.
 */
export type TaskId = (typeof structure)['groups'][number]['tasks'][number]['id'];
export type QuestionId = (typeof structure)['questions'][number]['id'];
export type GroupId = (typeof structure)['groups'][number]['id'];
