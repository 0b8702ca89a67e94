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
    { id: 'unpaidBills' },
    { id: 'contract' },
    { id: 'balance' },
    { id: 'refund', when: { question: 'balance', is: 'yes' } },
    { id: 'ownName' },
    { id: 'proxy' },
    { id: 'bundle' },
    { id: 'sharedDevice' },
    { id: 'lockedDevice' },
    { id: 'esim' },
  ],
  groups: [
    {
      id: 'check',
      phase: 'before',
      tasks: [
        { id: 'decide', kind: 'prerequisite' },
        { id: 'checkStatus', kind: 'prerequisite' },
        { id: 'settleBills', kind: 'prerequisite', when: { question: 'unpaidBills', is: 'yes' } },
        { id: 'endContract', kind: 'prerequisite', when: { question: 'contract', is: 'yes' } },
        { id: 'splitBundle', kind: 'prerequisite', when: { question: 'bundle', is: 'yes' }, protects: true },
        {
          id: 'endSharedDevice',
          kind: 'prerequisite',
          when: { question: 'sharedDevice', is: 'yes' },
          protects: true,
        },
      ],
    },
    {
      id: 'prepare',
      phase: 'before',
      tasks: [
        { id: 'idDocument', kind: 'prerequisite' },
        { id: 'accountInfo', kind: 'prerequisite' },
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
        { id: 'backup', kind: 'prerequisite', protects: true },
        // A line suspended for unpaid bills (欠费停机) usually receives no codes: re-binding waits for paying them.
        { id: 'rebind', kind: 'prerequisite', list: rebindCatalogue, ownEntries: true, protects: true, requires: ['settleBills'] },
        {
          id: 'stopAutoPay',
          kind: 'prerequisite',
          protects: true,
          list: [
            {
              id: 'payments',
              marks: 'stop',
              items: [{ id: 'autoTopUp' }, { id: 'bankDebit' }, { id: 'familyPay' }],
            },
          ],
        },
        { id: 'handleBalance', kind: 'prerequisite', when: { question: 'balance', is: 'yes' }, protects: true },
        { id: 'finalBill', kind: 'prerequisite' },
        { id: 'keepEsim', kind: 'prerequisite', when: { question: 'esim', is: 'yes' } },
        { id: 'reachable', kind: 'prerequisite' },
      ],
    },
    {
      id: 'cancel',
      phase: 'cancel',
      tasks: [
        { id: 'chooseMethod', kind: 'method' },
        // Finding the official entry commits to nothing; from the form on, staff or the flow may cancel at once.
        { id: 'onlineOpen', kind: 'prerequisite', when: { method: 'online' } },
        { id: 'onlineForm', kind: 'prerequisite', when: { method: 'online' }, commits: true },
        { id: 'onlineUpload', kind: 'prerequisite', when: { method: 'online' }, commits: true },
        { id: 'onlineSubmit', kind: 'submit', when: { method: 'online' }, commits: true },
        // Asking by phone which store can do it commits to nothing; at the counter, staff may process it on the spot.
        { id: 'storeFind', kind: 'prerequisite', when: { method: 'store' } },
        { id: 'storeAsk', kind: 'prerequisite', when: { method: 'store' }, commits: true },
        { id: 'storeSubmit', kind: 'submit', when: { method: 'store' }, commits: true },
      ],
    },
    {
      id: 'after',
      phase: 'after',
      tasks: [
        { id: 'keepProof', kind: 'followUp' },
        { id: 'operatorConfirmed', kind: 'confirm' },
        { id: 'refundReceived', kind: 'followUp', when: { question: 'refund', is: 'yes' } },
        {
          id: 'removeEsim',
          kind: 'followUp',
          when: { question: 'esim', is: 'yes' },
          requires: ['operatorConfirmed'],
        },
        {
          id: 'destroySim',
          kind: 'followUp',
          when: { question: 'esim', is: 'no' },
          requires: ['operatorConfirmed'],
        },
        { id: 'recheckBindings', kind: 'followUp', requires: ['operatorConfirmed'], notBefore: 'recheck' },
      ],
    },
  ],
  methods: {
    online: {
      caution: { when: { anyOf: [{ question: 'ownName', is: 'no' }, { question: 'proxy', is: 'yes' }] } },
    },
    store: {},
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
