import type { PagesFile } from '../words';

/** The words of the task, questions, print and data pages, in English: loaded with the first of them opened. */
export const enPages = {
  ui: {
    listItems: {
      marks: {
        change: {
          pending: 'To change',
          done: 'Changed',
          notUsed: 'Not on this number',
          none: (rest) => (rest ? 'None of the rest' : 'None of these'),
        },
        stop: { pending: 'To stop', done: 'Stopped', notUsed: 'Never set up', none: (rest) => (rest ? 'Rest not set up' : 'None set up') },
        tell: { pending: 'To tell', done: 'Told', notUsed: 'No need', none: (rest) => (rest ? 'No need for the rest' : 'No need to tell') },
      },
      progress: (settled, total) => `${settled} of ${total} dealt with`,
      groupCount: (left, total) => (left > 0 ? `${left} left` : total === 1 ? 'dealt with' : `all ${total} dealt with`),
      leftItem: (name, state) => (state ? `${name} (${state.toLowerCase()})` : name),
      leftLine: (pending, state, unmarked) =>
        [pending.length > 0 ? `${state}: ${pending.join(', ')}` : '', unmarked > 0 ? `${unmarked} not marked yet` : ''].filter(Boolean).join('; '),
    },
    questionsIntro: 'Your answers decide which tasks are on the list. If you are not sure, say so: the list keeps the tasks that may apply until you have checked.',
    lineEnd: {
      note: (gone, keepBy, about) =>
        `${about ? `Counting from this date, the number should be gone around ${gone} (check the operator’s terms).` : `The line should end on ${gone}.`}${keepBy ? ` If you still have accounts to move, keep it alive again by ${keepBy}, then enter the new date here.` : ''}`,
      past: (gone) => `Counting from this date, the number may already have gone, around ${gone}. Call or text it from another phone; if it still works, keep it alive at once and enter the new date here.`,
      earlyCheck: (gone) => `The line should not be gone until around ${gone}, so it may still work. Record it as gone only once you have checked.`,
    },
    dateField: {
      expectConfirmation: 'When did the operator say it would confirm? (optional)',
      refundDue: 'When did the operator say the refund would arrive? (optional)',
      contractEnds: 'When does the agreement end? (if you chose to wait for it)',
      lastUse: 'When did you last use it in a way that counts (a chargeable text, call or data)?',
      cardExpiry: 'When does the card’s validity end? (See the operator’s app, or its text after a top-up.)',
      paymentDue: 'When is the next payment due?',
      operatorEnd: 'What day does the operator say the line will end?',
      submitted: 'When did you submit the cancellation?',
      hint: 'Dates you note are listed on the overview, and you can add them to your calendar.',
      submittedHint: 'The day you ticked it, unless you change it. The operator’s confirmation cannot be dated before it.',
      errors: {
        needsDate: 'Enter a whole date.',
        futureDate: 'The date cannot be after today.',
        afterConfirmation: 'The submission cannot be dated after the operator confirmed the cancellation.',
      },
    },
    data: {
      heading: 'Your data',
      exportButton: 'Export progress',
      importLabel: 'Import progress',
      importHint: 'Choose a .json file exported earlier (1 MB at most).',
      summary: (line, where, progress, last) => `In the file, “${line}”: ${where}; ${progress}${last ? `; last change ${last}` : ''}.`,
      exportLine: 'Export the open line’s progress',
      exportAll: 'Export every line’s progress',
      linesInFile: (count) => `The file has ${count} lines:`,
      lineSummary: (where, progress) => `${where}; ${progress}`,
      impossible: {
        future: 'some dates or times are in the future',
        afterWithoutSubmission: 'steps that come after the submission are ticked, but nothing was submitted',
        confirmationWithoutSubmission: 'the operator’s confirmation is recorded, but nothing was submitted',
        confirmationBeforeSubmission: 'the operator’s confirmation is dated before the submission',
      },
      flagged: 'This file comes from an earlier version of this app and some of it does not add up; check it after importing:',
      impossibleError: (problems) => `The progress in this file does not add up (${problems}): it may have been edited by hand or damaged, so it was not imported. Your progress has not changed.`,
      replaceQuestion: 'Overwrite the open line’s progress with the file’s, or add it as another line?',
      addQuestion: 'Add these lines to your list?',
      replace: 'Overwrite the open line’s progress',
      addAsNew: 'Add as another line',
      cancel: 'Cancel',
      imported: 'Progress imported.',
      importedAsNew: (count) => (count === 1 ? 'Added 1 line.' : `Added ${count} lines.`),
      errors: {
        tooLarge: 'This file is too large (over 1 MB) to be progress exported from this app. Your progress has not changed.',
        notJson: 'This file cannot be read: it is not progress exported from this app. Your progress has not changed.',
        foreign: 'This file is not progress exported from this app. Your progress has not changed.',
        newer: 'This file comes from a newer version of this app and cannot be read safely here. Your progress has not changed.',
        migration: 'This file’s format cannot be converted. Your progress has not changed.',
        tooMany: 'That would make more than 10 lines (10 at most). Remove the records of lines you have finished with, then import. Your progress has not changed.',
        noRoom: 'The browser’s storage is full, so the file cannot be imported. Your progress has not changed.',
      },
    },
    linesPage: {
      intro: 'Each line has its own checklist: answers, ticks, notes and the confirmation are kept apart. Only the name you give it and the last four digits are kept here, never the whole number.',
      open: 'Open',
      openLabel: (label) => `Open: ${label}`,
      isOpen: 'Open line',
      status: { blocked: 'Cannot submit yet', ready: 'Ready to submit', submitted: 'Submitted, waiting for the operator', confirmed: 'Cancelled' },
      progress: (done, left) => `${done} done, ${left} left`,
      rename: 'Rename',
      renameLabel: (label) => `Rename: ${label}`,
      remove: 'Remove',
      removeLabel: (label) => `Remove: ${label}`,
      removeConfirm: (label) => `Remove “${label}” and all its progress from the list? (This removes the record in this browser only; it does not cancel the number.)`,
      removeYes: 'Remove',
      removed: (label) => `Removed “${label}”.`,
      undo: 'Undo',
      addHeading: 'Add a line',
      nameLabel: 'Name (for example: work number, old SIM)',
      last4Label: 'Last four digits (optional)',
      last4Hint: 'Only the last 4 digits, never the whole number.',
      add: 'Add and open',
      save: 'Save',
      cancel: 'Cancel',
      errors: {
        empty: 'Give the line a name.',
        tooLong: 'A name can be at most 40 characters.',
        badDigits: 'Four digits, or leave it empty.',
        tooMany: 'At most 10 lines. Remove the record of a line you have finished with first.',
        notSaved: 'The open line’s changes cannot be saved in the browser right now (storage full or switched off), and leaving it would lose them, so it stays open. Export your progress first, or free some storage and try again.',
      },
    },
    elsewhere: 'Start with the first question, where the number is from: a mainland Chinese number and a number from abroad (a UK, Hong Kong or US SIM kept for codes, say) each have their own list.',
    nav: { back: '← Back to the list', nextTask: (title) => `Next in the list: ${title} →` },
    questionsPage: { change: 'Change', changeLabel: (q) => `Change your answer: ${q}` },
    task: {
      done: 'I have done this',
      submitted: 'I have submitted the cancellation',
      refused: (reasons) => `This cannot be ticked yet: ${reasons}.`,
      waitsOn: 'Do these first:',
      whyItMatters: 'Why it matters: ',
      notApplicable: 'Your answers mean you do not need this',
      notOnList: 'This step is not on the list for this number',
      early: (day) => `Early: this step is meant for around ${day}. You can tick it now, but it is best to check again then.`,
      navLabel: 'Where you are in the list',
    },
    print: {
      intro: 'Print the whole checklist to have it with you at the store or on the phone to the operator. The history is left out unless you ask for it.',
      withHistory: 'Also print the history',
      button: 'Print',
      printedOn: (date) => `Printed on ${date}`,
      notAnswered: 'Not answered',
      doneOn: (date) => `done on ${date}`,
      pending: '(depends on your answers)',
      note: 'Note:',
      legend: '☑ done   ☐ not yet (or still to change)   ⊘ not on this number, not needed',
    },
    notFound: 'No page lives at this address; it may be an old link.',
    ask: 'Questions to ask the operator:',
    say: 'What you can say:',
    methodLegend: 'How to cancel',
    copy: { ask: 'Copy the questions', say: 'Copy the words', copied: 'Copied.', selected: 'The browser would not copy it: the text is selected, so copy it with a long press or Ctrl+C.' },
    answer: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    unsureNote: 'You answered “Not sure”, so the list keeps this until you check.',
    cannotStart: 'Cannot start yet:',
    tickedOn: (when) => `ticked ${when}`,
    refused: {
      readOnly: 'This line’s progress can only be viewed right now: the change was not saved.',
      unknown: 'The checklist has no such item: the change was not saved.',
      blocked: 'This step cannot be ticked yet: first do what is listed above.',
      confirmed: 'The operator’s confirmation is recorded, so this cannot be unticked. If the confirmation was recorded by mistake, undo it first on the step “The operator has confirmed the cancellation”.',
      afterDone: 'Steps that come after the submission are ticked, so this cannot be unticked. If you ticked it by mistake, untick those steps first.',
    },
    note: {
      label: 'Note (a ticket number, who you spoke to)',
      count: (used, max) => `${used} / ${max} characters`,
      otherTab: 'While you were typing here, another tab changed this note too. What you wrote is still in the box; the other tab has:',
      otherTabEmpty: '(the other tab emptied the note)',
      keepMine: 'Keep mine',
      takeTheirs: 'Use the other tab’s',
      tooLong: (over) => `The note is ${over} ${over === 1 ? 'character' : 'characters'} too long: shorten it to save. The saved note has not changed.`,
    },
    unbind: {
      servicesHeading: 'Your own',
      addLabel: 'An account or service not in the list',
      add: 'Add',
      rename: 'Rename',
      renameLabel: (label) => `New name for “${label}”`,
      save: 'Save',
      cancel: 'Cancel',
      remove: (label) => `Remove “${label}”`,
      emptyName: 'Type a name first.',
      tooMany: (max) => `You can add up to ${max}.`,
      tooLong: (max) => `That name is too long: ${max} characters at most.`,
      duplicate: 'You have already added one with that name.',
      removed: (label) => `Removed “${label}”.`,
      undo: 'Undo',
      bankLabel: 'Name of the bank (e.g. China Merchants Bank)',
      addBank: 'Add bank',
      noBanks: 'No bank card uses this number',
      allBanks: 'All banks (marked together earlier)',
      findHeading: 'How to find the accounts you missed',
      find: '一证通查2.0, an official look-up service, generally shows only how many internet accounts are linked to this number, not which. 一键查询 (one-tap lookup) lists the accounts you registered with this number, but only in the apps that take part in it: one not listed may still be there. Searching your messages for 验证码 (verification code) shows who has sent you codes. 一键解绑 (one-tap unlinking) removes links left by a previous holder, so it does not help you. Some operators warn some apps before re-issuing a number, but that is no substitute for moving the accounts yourself.',
    },
    confirmation: {
      dateLabel: 'Date the operator confirmed the cancellation',
      referenceLabel: 'Reference or certificate number (optional)',
      record: 'Record the operator’s confirmation',
      recorded: (date, ref) => `The operator confirmed the cancellation on ${date}${ref ? `, reference ${ref}` : ''}.`,
      edit: 'Change the confirmation',
      undo: 'Remove the confirmation',
      needsDate: 'Enter the date the operator confirmed.',
      futureDate: 'The date cannot be after today.',
      notSubmitted: 'Submit the cancellation first; then the operator’s confirmation can be recorded.',
      beforeSubmission: (day) => `The confirmation cannot be dated before the submission (${day}). If the submission’s date is wrong, change it on the submission step.`,
      flagged: (day) => `The confirmation is dated before the submission (${day}): check which of the two is wrong.`,
      referenceTooLong: (max) => `That reference is too long: ${max} characters at most.`,
    },
    stuck: { heading: 'If you get stuck', intro: 'If the operator will not cancel or does not answer, try these in order:' },
    startOver: {
      heading: 'Start over',
      button: 'Clear this line’s checklist',
      confirm: 'Clear all progress, answers and notes of this line? Other lines are not affected.',
      yes: 'Clear',
      no: 'Keep',
      done: 'This line’s progress is cleared.',
      undo: 'Undo',
    },
    history: {
      heading: 'History',
      empty: 'Nothing recorded yet.',
      folded: (n) => `${n} older ${n === 1 ? 'entry was' : 'entries were'} folded away to save space.`,
      more: (n) => `Show ${n} older`,
      otherList: 'a step on the other list',
      entry: (kind, subject, value) => {
        switch (kind) {
          case 'tick':
            return `Ticked “${subject}”`;
          case 'notUsed':
            return `Marked as not applicable: “${subject}”`;
          case 'pending':
            return `Marked as still to do: “${subject}”`;
          case 'untick':
            return `Unticked “${subject}”`;
          case 'answer':
            return `Answered “${subject}”: ${value}`;
          case 'method':
            return `Chose: ${value}`;
          case 'submit':
            return `Submitted the cancellation: “${subject}”`;
          case 'confirm':
            return `Recorded the operator’s confirmation: ${value}`;
          case 'unconfirm':
            return 'Removed the operator’s confirmation';
        }
      },
    },
  },
  questions: {
    place: {
      help: 'For example a UK number starting +44 (giffgaff, Lebara and other cards kept for codes), a Hong Kong +852 number or a US +1 number.',
      changes: 'A mainland Chinese number and a number from abroad end in different ways, with different dates and money: the list shows what to do for yours. You can change this later; changing it back finds your ticks as you left them.',
    },
  },
} satisfies PagesFile;
