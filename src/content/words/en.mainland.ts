import type { PathFile } from '../words';

/** A mainland number's questions, groups and tasks, by the checklist's ids, in English: loaded once the number is known to be a mainland one. */
export const enMainland = {
  questions: {
    unpaidBills: { title: 'Does the number owe anything right now?' },
    contract: { title: 'Is the number still under an agreement that has not ended?' },
    balance: { title: 'Is there credit left on the number?' },
    refund: { title: 'Will you ask for the credit to be refunded?' },
    ownName: { title: 'Is the number registered in your own name?' },
    proxy: { title: 'Will someone other than the holder go and do it?' },
    bundle: {
      title: 'Is the number part of a shared plan: main and secondary cards, a family plan, or a bundle with home broadband?',
    },
    sharedDevice: {
      title: 'Does a watch or another device share this number through an operator service such as 一号双终端?',
    },
    lockedDevice: {
      title: 'Is a phone bought on contract, or a device locked to the operator, tied to this number?',
    },
    esim: { title: 'Is the number on an eSIM?' },
  },
  groups: {
    check: { title: 'Check you can cancel' },
    prepare: { title: 'Prepare the materials' },
    protect: { title: 'Before you cancel: protect your accounts, data and money' },
    cancel: { title: 'Choose how to cancel, and submit' },
    after: { title: 'Finishing off: confirmation, refund and a re-check' },
  },
  tasks: {
    decide: {
      title: 'Decide: cancel, keep the number cheaply, or move it',
    },
    checkStatus: {
      title: 'Ask the operator about the account',
    },
    settleBills: {
      title: 'Pay what the number owes',
    },
    endContract: {
      title: 'Deal with the agreement that has not ended',
    },
    splitBundle: {
      title: 'Take the number out of the shared plan first',
    },
    endSharedDevice: {
      title: 'End the shared-number service first',
    },
    idDocument: {
      title: 'The holder’s identity document',
    },
    accountInfo: {
      title: 'Account details: the number, service password, e-mail, any linked bank card',
    },
    deviceUnlock: {
      title: 'Make sure the device is unlocked',
    },
    contractPapers: {
      title: 'Find the agreement',
    },
    authorisation: {
      title: 'The holder’s authorisation and both IDs',
    },
    backup: {
      title: 'Back up contacts and messages',
    },
    rebind: {
      title: 'Move your accounts to a new number',
    },
    stopAutoPay: {
      title: 'Stop automatic top-ups and payments',
    },
    handleBalance: {
      title: 'Check the credit and decide: spend it, get it back or move it',
    },
    finalBill: {
      title: 'Cover this month’s unbilled charges',
    },
    keepEsim: {
      title: 'Keep the eSIM until the operator confirms',
    },
    reachable: {
      title: 'Stay reachable until it is done',
    },
    chooseMethod: {
      title: 'Choose online or in a store',
    },
    onlineOpen: {
      title: 'Find the cancellation (销户) page in the operator’s own app or website',
    },
    onlineForm: {
      title: 'Fill in the cancellation request',
    },
    onlineUpload: {
      title: 'Upload what is asked for, and do the face check if there is one',
    },
    onlineSubmit: {
      title: 'Submit the cancellation online',
    },
    storeFind: {
      title: 'Call to ask which store can do it, and what to bring',
    },
    storeAsk: {
      title: 'Take what you need to the store, and tell the staff you want to cancel',
    },
    storeSubmit: {
      title: 'Sign the form or slip the staff give you',
    },
    keepProof: {
      title: 'Keep the proof: the receipt, reference number or certificate',
    },
    operatorConfirmed: {
      title: 'The operator has confirmed the cancellation',
    },
    refundReceived: {
      title: 'Check the refund has arrived',
    },
    removeEsim: {
      title: 'Once the operator has confirmed, delete the eSIM',
    },
    destroySim: {
      title: 'Once the operator has confirmed, cut up the old SIM card',
    },
    recheckBindings: {
      title: 'Check again later that no account still uses the old number',
    },
  },
} satisfies PathFile;
