import type { CoreFile } from '../words';

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
        keepAliveBy: 'Keep the number alive by this day (receiving texts does not count)',
        goneAround: 'The number should be gone',
        goneCheck: 'Check that the number has really gone',
      },
      about: (date) => `about ${date} (check the operator’s terms)`,
      calendarAgain: 'The dates have changed since you downloaded the calendar file: download it again, and your calendar will update the events it already has.',
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
      undecided: 'This list is for a mainland Chinese number; a number from abroad has its own: answer the first question.',
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
    place: {
      title: 'Where is this number from?',
      options: { mainland: 'Mainland China', uk: 'The UK', hk: 'Hong Kong', us: 'The US', other: 'Another country or region' },
    },
  },
} satisfies CoreFile;
