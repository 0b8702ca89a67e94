import type { CoreWords } from '../words';

/** The words every page shows, in English: the interface, the rules' reasons, the checklist's titles. The rest is in `en.pages.ts`. */
export const en = {
  ui: {
    htmlLang: 'en',
    appTitle: 'Cancel a mobile line, step by step',
    documentTitle: 'Cancel a mobile line, SIM or eSIM safely, step by step',
    tagline: 'Cancel a mobile number, a number-keeping SIM (保号卡) or an eSIM step by step: protect the accounts, money and data tied to it first, then submit.',
    languageLabel: 'Language',
    privacy: 'Your progress is kept only in this browser and is never sent anywhere. Clearing the site’s data removes it.',
    status: {
      heading: 'Cancellation status',
      headline: (readiness, confirmedOn) => {
        switch (readiness) {
          case 'blocked':
            return 'Not ready to submit the cancellation yet';
          case 'ready':
            return 'Ready to submit the cancellation';
          case 'submitted':
            return 'Cancellation submitted: waiting for the operator to confirm';
          case 'confirmed':
            return `Cancelled: the operator confirmed on ${confirmedOn ?? ''}`;
        }
      },
      progress: (done, left) => `${done} done, ${left} left`,
      next: 'Next: ',
      warningsHeading: 'Unticked after you submitted',
      warningsIntro: 'You have submitted the cancellation, but these are not ticked now. Make sure they really are done.',
    },
    pages: { questions: 'About your number', print: 'Print the checklist', data: 'History, backup and starting over', lines: 'Your lines', notFound: 'Page not found' },
    dates: {
      heading: 'Dates that matter',
      kinds: {
        expectConfirmation: 'The operator expects to confirm',
        refundDue: 'The refund of the balance is due',
        contractEnds: 'The agreement ends',
        recheck: 'Check again that no account still uses the old number',
      },
      calendar: 'Add to your calendar (.ics file)',
    },
    line: {
      label: (name, last4) => `${name || 'My number'}${last4 ? ` (ending ${last4})` : ''}`,
      current: (label) => `This line: ${label}`,
      manage: 'Switch or add a line',
      another: 'Another number to cancel?',
    },
    overview: {
      questionsTask: 'Answer a few questions about your number',
      answered: (answered, asked) => `${answered} of ${asked} answered`,
      pending: (n) => (n === 1 ? '1 more depends on your answers' : `${n} more depend on your answers`),
      printLink: 'Print the checklist (to take to the store)',
      dataLink: 'History, backup and starting over',
    },
    pageFailed: {
      heading: 'This page could not be opened',
      text: 'Its file did not load: the connection may be down, or the app has just been updated. Your progress is not affected.',
      reload: 'Reload',
    },
    taskStatus: {
      notStarted: 'Not started',
      inProgress: 'In progress',
      done: 'Done',
      cannotStart: 'Cannot start yet',
      notApplicable: 'Not applicable',
    },
    stageProgress: (done, total) => `${done} / ${total}`,
    questions: { heading: 'About your number' },
    list: {
      short: (settled, total) => `${settled} of ${total}`,
    },
    skipToContent: 'Skip to main content',
    storage: {
      exportButton: 'Export progress',
      corrupt: 'Part of your saved progress could not be read. What could be recovered is back; the original is kept aside, and you can download it.',
      corruptNoRoom: 'Your saved progress could not be read, and the browser has no room to keep a copy, so this page is not saving changes, to avoid overwriting the original. Download the damaged copy first.',
      partlyCorrupt: (dropped) =>
        `${dropped === 1 ? 'One value' : `${dropped} values`} in your saved progress ${dropped === 1 ? 'was' : 'were'} not in the expected format and ${dropped === 1 ? 'was' : 'were'} left out; everything else is restored. A copy of the original is kept, and you can download it.`,
      nothingRecovered: 'Your saved progress could not be read, and nothing could be recovered. A copy of the original is kept: you can download it, or import a file you exported earlier.',
      readOnly: 'This line’s progress can be viewed but not changed right now (the notice at the bottom of the screen says why).',
      downloadDamaged: 'Download the damaged copy',
      newer: 'Your progress was saved by a newer version of this app. This page shows it but does not save changes, so the newer data stays safe. Export your progress if you need it.',
      notSaving: 'Progress cannot be saved in this browser right now (storage is full or switched off). Changes stay only on this page and are lost when you close it: export your progress. Saving resumes by itself when it can.',
      keepHeading: 'Keeping your progress',
      keepWarning: 'Your progress is kept only in this browser. Clearing the site’s data, or a long absence (Safari: about 7 days), can make the browser remove it. Export a copy from time to time.',
      gotIt: 'Got it',
    },
    update: { ready: 'A new version is ready. Your progress is kept.', reload: 'Reload' },
  },
  reasons: {
    answerQuestion: 'Not answered yet: the answer decides which tasks you need.',
    waitsForAnswer: (question) => `Answer “${question}” first`,
    waitsForTask: (task) => `Do “${task}” first`,
    waitsForPrerequisites: (count) => (count === 1 ? '1 thing must be done first' : `${count} things must be done first`),
    waitsForSubmission: 'Submit the cancellation first',
    waitsForProtection: (tasks) => `Finish these first, to protect your accounts, data and money: ${tasks.map((t) => `“${t}”`).join(', ')}`,
    withUnsure: (why) => `${why} (You answered “Not sure”, so the list keeps this until you check.)`,
  },
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
      why: 'A cancelled number usually cannot be recovered: make sure this is what you want.',
    },
    checkStatus: {
      title: 'Ask the operator about the account',
      why: 'You have not asked the operator about the account: there may be charges or restrictions you do not know about.',
    },
    settleBills: {
      title: 'Pay what the number owes',
      why: 'While money is owed, operators usually will not cancel.',
    },
    endContract: {
      title: 'Deal with the agreement that has not ended',
      why: 'While an agreement runs, you usually have to end it or pay a fee before you can cancel.',
    },
    splitBundle: {
      title: 'Take the number out of the shared plan first',
      why: 'The number is still in a shared plan: operators usually want it taken out first.',
    },
    endSharedDevice: {
      title: 'End the shared-number service first',
      why: 'The shared-number service is still on: it usually has to be ended before the line can be cancelled.',
    },
    idDocument: {
      title: 'The holder’s identity document',
      why: 'Without ID the operator cannot check that you are the holder.',
    },
    accountInfo: {
      title: 'Account details: the number, service password, e-mail, any linked bank card',
      why: 'The operator checks the account with these; a missing one can stop you.',
    },
    deviceUnlock: {
      title: 'Make sure the device is unlocked',
      why: 'The device is not unlocked yet: after cancelling it may refuse other cards.',
    },
    contractPapers: {
      title: 'Find the agreement',
      why: 'With an agreement, the operator may ask to see it.',
    },
    authorisation: {
      title: 'The holder’s authorisation and both IDs',
      why: 'Without the holder’s authorisation, a cancellation by someone else is usually refused.',
    },
    backup: {
      title: 'Back up contacts and messages',
      why: 'Nothing is backed up yet: after cancelling it may be gone.',
    },
    rebind: {
      title: 'Move every account that uses this number to a new one',
      why: 'Accounts still use this number: after cancelling you lose their codes, and the next holder could get into them.',
    },
    stopAutoPay: {
      title: 'Stop automatic top-ups and payments',
      why: 'Automatic payments are still on: once the number is re-issued they could keep paying for someone else.',
    },
    handleBalance: {
      title: 'Check the credit and decide: spend it, get it back or move it',
      why: 'Credit may be lost once the number is cancelled: know how much there is and how a refund is paid, so you can ask for it at the counter or in the online form.',
    },
    finalBill: {
      title: 'Cover this month’s unbilled charges',
      why: 'This month’s charges are settled at cancellation; without them covered it may not go through.',
    },
    keepEsim: {
      title: 'Keep the eSIM until the operator confirms',
      why: 'Deleting the eSIM early cuts you off from codes and does not cancel the line.',
    },
    reachable: {
      title: 'Stay reachable until it is done',
      why: 'While cancelling you need to receive codes and the operator’s notices.',
    },
    chooseMethod: {
      title: 'Choose online or in a store',
      why: 'Online and in a store take different steps: once you choose, the list can tell you what comes next.',
    },
    onlineOpen: {
      title: 'Find the cancellation (销户) page in the operator’s own app or website',
      why: 'Only the operator’s own page is safe (a link someone sends may be a scam), and finding it tells you whether it can be done online.',
    },
    onlineForm: {
      title: 'Fill in the cancellation request',
      why: 'Filling it in is asking to cancel, and some flows submit soon after: do it only once your accounts, data and money are protected.',
    },
    onlineUpload: {
      title: 'Upload what is asked for, and do the face check if there is one',
      why: 'Some flows submit the cancellation as soon as the face check passes: do it only once your accounts, data and money are protected.',
    },
    onlineSubmit: {
      title: 'Submit the cancellation online',
      why: 'Once submitted, the operator starts cancelling: everything before was for this step.',
    },
    storeFind: {
      title: 'Call to ask which store can do it, and what to bring',
      why: 'Not every store can cancel a number: asking first can save you a wasted trip.',
    },
    storeAsk: {
      title: 'Take what you need to the store, and tell the staff you want to cancel',
      why: 'Staff may cancel the number on the spot: go only once your accounts, data and money are protected.',
    },
    storeSubmit: {
      title: 'Sign the form or slip the staff give you',
      why: 'Signing is the formal request to cancel: check the form once more before you sign.',
    },
    keepProof: {
      title: 'Keep the proof: the receipt, reference number or certificate',
      why: 'You have not kept the proof of cancellation yet.',
    },
    operatorConfirmed: {
      title: 'The operator has confirmed the cancellation',
      why: 'The operator has not confirmed the cancellation yet.',
    },
    refundReceived: {
      title: 'Check the refund has arrived',
      why: 'The refund has not arrived yet.',
    },
    removeEsim: {
      title: 'Once the operator has confirmed, delete the eSIM',
      why: 'The old eSIM is still on the phone.',
    },
    destroySim: {
      title: 'Once the operator has confirmed, cut up the old SIM card',
      why: 'The old SIM card has not been dealt with.',
    },
    recheckBindings: {
      title: 'Check again later that no account still uses the old number',
      why: 'You have not checked the accounts again.',
    },
  },
} satisfies CoreWords;
