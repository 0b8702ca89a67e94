import type { PathFile } from '../words';

/** A number from abroad's questions, groups and tasks, by the checklist's ids, in English: loaded once the number is known to be from abroad. */
export const enAbroad = {
  ui: {
    tagline: 'End a UK, Hong Kong or US line kept for codes, on a SIM or an eSIM, step by step: move your accounts off it and sort out the money first, then let it go.',
    status: {
      headline: (readiness, confirmedOn) => {
        switch (readiness) {
          case 'blocked':
            return 'Not ready to end the line yet';
          case 'ready':
            return 'Ready to start ending the line';
          case 'submitted':
            return 'Ending started: check later that the line has gone';
          case 'confirmed':
            return confirmedOn ? `The line has gone: you checked on ${confirmedOn}` : 'The line has gone';
        }
      },
      warningsHeading: 'Unticked after you started ending the line',
      warningsIntro: 'You have started ending the line, but these are not ticked now. While it still gets codes, make sure they really are done.',
    },
    overview: { printLink: 'Print the checklist (to keep to hand when you contact the operator)' },
  },
  reasons: {
    waitsForSubmission: 'Take the step that ends the line first',
  },
  questions: {
    ukOperator: {
      title: 'Which UK operator is it with?',
      options: { giffgaff: 'giffgaff', lebara: 'Lebara', ee: 'EE', vodafone: 'Vodafone', three: 'Three', other: 'Another operator' },
    },
    usOperator: {
      title: 'Which US operator is it with?',
      options: { ultra: 'Ultra Mobile', tmobile: 'T-Mobile', other: 'Another operator' },
    },
    plan: {
      title: 'Is it pay as you go, or a monthly contract?',
      options: { prepaid: 'Pay as you go (top-ups or bundles, no contract)', contract: 'A monthly contract (a bill every month)' },
    },
    esim: { title: 'Is it on an eSIM?' },
  },
  groups: {
    check: { title: 'First: decide how it ends, and keep it alive' },
    protect: { title: 'While it still gets codes: move your accounts, sort out the money' },
    cancel: { title: 'End the line' },
    after: { title: 'Afterwards: check it has gone, deal with the SIM, check again' },
  },
  tasks: {
    chooseEnd: {
      title: 'Decide how the line ends',
    },
    keepAlive: {
      title: 'Keep the line alive until your accounts are moved',
    },
    hkRealName: {
      title: 'Check the card is registered in your own name',
    },
    rebind: {
      title: 'Move your accounts off this number',
    },
    twoStep: {
      title: 'Switch two-step sign-in to an authenticator app, and save recovery codes',
    },
    autoRenew: {
      title: 'Turn off auto-renew and remove the saved card',
    },
    credit: {
      title: 'Use up the credit, or count it as gone',
    },
    keepEsim: {
      title: 'Keep the eSIM until you have checked the line has gone',
    },
    lapseStop: {
      title: 'Stop keeping it alive',
    },
    closeFind: {
      title: 'Find out how to reach the operator to close it',
    },
    closeAsk: {
      title: 'Ask the operator to close the line, and note the reference and date',
    },
    portCode: {
      title: 'Get the code to keep your number',
    },
    portSubmit: {
      title: 'Give the code to the new operator',
    },
    lineGone: {
      title: 'Check the line has really gone',
    },
    finalBillAbroad: {
      title: 'Pay the final bill, then cancel the Direct Debit or autopay',
    },
    abroadRemoveEsim: {
      title: 'Once it has gone, delete the eSIM',
    },
    abroadDestroySim: {
      title: 'Once it has gone, cut up the old SIM card',
    },
    abroadRecheck: {
      title: 'Check again later that no account still uses the number',
    },
  },
} satisfies PathFile;
