import type { PathPagesFile, ScriptFacts } from '../words';
import { enPages } from './en.pages';

/** Sentences joined into one paragraph, leaving out those that do not apply. */
const para = (...parts: readonly (string | false)[]): string => parts.filter(Boolean).join(' ');

/** What keeps this operator's line alive, and for how long: each figure as sure as abroad-notes.md is. */
function lifeOf(f: ScriptFacts): string {
  if (f.plan === 'contract') {
    return 'A monthly contract usually stays live while the bills are paid. Keep paying them, right up to the final bill after it closes: stopping does not end the contract, and unpaid bills may become debt.';
  }
  if (f.place === 'hk') {
    return 'In Hong Kong, a top-up is what keeps a prepaid card alive: each one extends its validity. Once the validity ends (sometimes after a 30-day grace period), the number and the stored value are forfeited. Operators differ: check yours.';
  }
  if (f.place === 'uk') {
    const rule: Readonly<Record<string, string>> = {
      giffgaff: 'giffgaff’s terms: at least one chargeable action every 6 months, or the line is disconnected, the credit is lost, and a recycled number cannot be reconnected.',
      lebara:
        'Lebara UK: the line is cut off after about 90 days without chargeable use, going by community reports and one support chat (no official page was found). One holder reports a line lasting over a year, but don’t count on more than 90 days; careful holders use it every 70–75 days or so.',
      ee: 'EE’s pay as you go terms: a text after 60 days unused; after 179 days without chargeable activity the account “hibernates” and the credit is removed. Calling EE can reinstate it. A hibernating account is not gone, and when the number is re-issued is not known.',
      vodafone:
        'Vodafone UK pay as you go: one chargeable action every 180 days; after that, a text warns that the line expires in 90 days, so about 270 days in all. This comes from an older page: check Vodafone’s current terms.',
    };
    return para(
      'In the UK, what counts as use is something chargeable: a text, a call or data.',
      rule[f.operator ?? ''] ?? 'We found no figure for this operator: ask what counts as use and how long a line lasts unused.',
    );
  }
  if (f.operator === 'ultra') return 'What keeps Ultra Mobile alive is a payment, made on time: a missed payment suspends the account, and 30 days later the number is deleted.';
  if (f.operator === 'tmobile') return 'T-Mobile prepaid: pay or top up on time so the account is not suspended. One report says a suspended account is cancelled about 120 days later: check with T-Mobile.';
  return 'Operators differ: ask yours what counts as use and how long a line lasts unused.';
}

/** Where to write the date down on the keep-alive page, by what it is counted from. */
const noteDate = {
  lastUse: 'Don’t leave it to the last few days, and note the date below each time you use it.',
  cardExpiry: 'Don’t leave it to the last few days, and note the card’s new expiry date below after each top-up.',
  paymentDue: 'After each payment, note below when the next one is due.',
  operatorEnd: 'Ask the operator on what day the line would end if left unused, and note that day below.',
} as const;

/** The task, questions and list pages of a number from abroad, in English: loaded with the first of those pages. */
export const enAbroadPages = {
  ui: {
    elsewhere: 'This list is written for pay as you go and monthly lines in the UK, Hong Kong and the US. Elsewhere the rules may differ: if unsure, ask the operator.',
    dateField: {
      submitted: 'When did you start ending the line?',
      submittedHint: 'The day you ticked it, unless you change it. The day you check the line has gone cannot be before it.',
      errors: {
        needsDate: 'Enter a whole date.',
        futureDate: 'The date cannot be after today.',
        afterConfirmation: 'This cannot be after the day you checked the line had gone.',
      },
    },
    // The lines page lists every line, on either path: these words fit both.
    linesPage: {
      status: { blocked: 'Not ready yet', ready: 'Ready to start', submitted: 'Started, not yet confirmed', confirmed: 'Done and confirmed' },
    },
    task: {
      submitted: 'I have taken the step that ends the line',
    },
    print: {
      intro: 'Print the whole checklist to keep to hand when you contact the operator. The history is left out unless you ask for it.',
    },
    methodLegend: 'How the line ends',
    refused: {
      confirmed: 'You have recorded that the line has gone, so this cannot be unticked. If that was a mistake, undo the record first on “Check the line has really gone”.',
      afterDone: 'Steps under “Afterwards” are ticked, so this cannot be unticked. If you ticked it by mistake, untick those steps first.',
    },
    unbind: {
      find: 'Search your texts for “code” to see who has sent you codes. The sites saved in your password manager, and e-mails about sign-ins or verification, can remind you of accounts that use this number.',
    },
    confirmation: {
      dateLabel: 'When did you check the line had gone?',
      referenceLabel: 'Reference from the operator (optional)',
      record: 'Record that it has gone',
      recorded: (date, ref) => `You checked the line had gone on ${date}${ref ? `, reference ${ref}` : ''}.`,
      needsDate: 'Enter the day you checked.',
      notSubmitted: 'Start ending the line first (the last step of the way you chose); then you can record that it has gone.',
      beforeSubmission: (day) => `This cannot be before the day you started ending the line (${day}). If that day is wrong, change it on that step.`,
      flagged: (day) => `This is dated before the day you started ending the line (${day}): check which of the two is wrong.`,
    },
    stuck: {
      heading: 'If the operator will not help',
      intro: 'If the operator will not close the line or let the number go, does not answer, or you disagree about money, try these in order:',
    },
    history: {
      // The entries of this list's own steps; the rest are said as on either list.
      entry: (kind, subject, value) => {
        switch (kind) {
          case 'method':
            return `Chose how the line ends: ${value}`;
          case 'submit':
            return `Started ending the line: “${subject}”`;
          case 'confirm':
            return `Recorded that the line has gone: ${value}`;
          case 'unconfirm':
            return 'Removed the record that the line has gone';
          default:
            return enPages.ui.history.entry(kind, subject, value);
        }
      },
    },
  },
  groups: {
    check: {
      intro: 'Decide first how the line ends. Then keep it working until your accounts are moved: once it stops, so do the codes.',
    },
    protect: {
      intro: 'Do these while the line still receives codes: once it stops, so do they. Operators have reportedly cut off some lines used abroad for a long time, so do not leave it late.',
    },
    cancel: {
      intro: 'End the line the way you chose. Until this step you can still change your mind.',
    },
    after: {
      intro: 'Starting to end it is not the end. Check the line has really gone, then delete the eSIM or cut up the SIM. On a contract, pay the final bill too.',
    },
  },
  questions: {
    ukOperator: {
      help: 'If unsure, look at the operator’s name in the phone’s settings, or at a top-up text.',
      changes: 'The list says what keeps this operator’s line alive and how long it lasts unused. If you choose “Another operator”, the list asks you to check with them.',
    },
    usOperator: {
      changes: 'The list says what keeps this operator’s line alive and how long it lasts. Ultra Mobile is kept alive by paying: not making a payment is the step that ends the line.',
    },
    plan: {
      help: 'Pay as you go means you top up or buy a bundle first, with no contract; a monthly contract sends a bill every month.',
      changes: 'Pay as you go adds “Turn off auto-renew and remove the saved card” and “Use up the credit, or count it as gone”, and lets you choose to let the line lapse. A monthly contract does not end by itself: unpaid bills may become debt, so you ask the operator to close it, or port it, and the list adds “Pay the final bill, then cancel the Direct Debit or autopay”.',
    },
    esim: {
      help: 'An eSIM is a profile installed on the phone, with no plastic card.',
      changes: 'Yes adds “Keep the eSIM until you have checked the line has gone”, and reminds you to delete it afterwards; No reminds you to cut up the old SIM instead.',
      unsureAdvice: 'Until you know, the list treats this as “Yes”: delete no eSIM from the phone before you have checked the line has gone.',
    },
  },
  tasks: {
    chooseEnd: {
      why: 'Each way of ending the line takes different steps: once you choose, the list can show you what comes next.',
      detail: (f) =>
        para(
          f.plan === 'contract'
            ? 'A monthly contract ends when you give the operator notice, usually by chat, e-mail or through your online account. Just stopping paying does not end it, and unpaid bills may become debt.'
            : 'Most pay as you go lines end by lapsing: you stop keeping the line alive, and after the operator’s inactivity period it is disconnected and the number later goes to someone else. You can also ask the operator to close it: some accept this by chat, e-mail or through your online account.',
          'Or port it out: the number moves to another operator and the accounts on it keep working, so you need not move them.',
          f.place === 'uk' &&
            'In the UK, text “PAC” to 65075 from this line for the code to keep the number with another operator. A STAC (from 75075) is only for switching and taking a new number: you should not need one just to leave. Text “INFO” to 85075 to see what leaving would cost. If you are in China, it is not known whether these short codes work, and a text may cost roaming charges: if they fail, ask the operator over chat.',
          f.plan === 'contract'
            ? 'If you decide to keep it, keep paying the bills, and you will not need this list.'
            : 'If you decide to keep it, use it just enough to keep it alive (the next step says how), and you will not need this list.',
        ),
    },
    keepAlive: {
      why: 'Once the line stops, so do its codes, and the number can later go to someone else.',
      detail: (f) =>
        para(
          lifeOf(f),
          f.plan !== 'contract' && 'Receiving texts does not count: a Vodafone line was reportedly cut off despite weekly texts from a bank.',
          f.place === 'uk' && f.plan !== 'contract' && 'If you are in China, a text may cost roaming charges (about £0.49 on Lebara UK, reportedly).',
          f.plan === 'contract'
            ? 'Operators have reportedly cut off some lines used abroad for a long time, so move your accounts soon.'
            : 'Operators have reportedly cut off some lines used abroad for a long time before their inactivity date, so move your accounts soon.',
          f.plan === 'contract' ? 'No date is needed here: you note the day it ends when you ask the operator to close it, or port it.' : noteDate[f.endFrom ?? 'operatorEnd'],
        ),
      done: (f) => (f.plan === 'contract' ? 'I will keep paying the bills until the final one' : 'I have written down the date and will keep it alive'),
    },
    hkRealName: {
      why: 'Hong Kong prepaid cards must be registered in the user’s real name; a card sold “already registered” can be cut off without warning.',
      detail:
        'Since 24 February 2023 every prepaid card in Hong Kong must be registered in the user’s real name (ID, name and date of birth). Check in the operator’s app or account that this card is registered to you. OFCA, the Hong Kong regulator, warns against cards sold “already registered”: operators had deregistered about a million non-compliant cards by October 2023, and such a card can stop without warning. If it is not in your name, move your accounts off it all the sooner. A CMHK card with both a Hong Kong and a mainland number: check both numbers before you let it go.',
    },
    rebind: {
      why: 'Accounts still use this number: once the line stops you lose their codes, and whoever gets the number next could get into them.',
      detail:
        'Move each account to another number, or better, to an authenticator app. Mark each one “To change”, “Changed” or “Not on this number”; “None of these” marks a whole group in one tap. Accounts you no longer use need moving or deleting too. Messaging apps such as WhatsApp, Telegram and Signal are the number itself: use their own change-number feature, or delete the account. In a 2021 Princeton study, 171 of 259 recycled US numbers were still tied to accounts on popular sites.',
    },
    twoStep: {
      why: 'Text codes follow the number; an authenticator app and recovery codes stay with you.',
      detail:
        'In every account that sends codes to this number, turn on two-step sign-in with an authenticator app, then turn text codes off where you can. Save each account’s recovery or backup codes somewhere other than this phone: a password manager, or on paper.',
    },
    autoRenew: {
      why: 'Auto-renew or a saved card on the operator’s account can keep taking money.',
      detail: (f) =>
        para(
          f.operator === 'giffgaff'
            ? 'giffgaff: removing the saved card also cancels recurring plans.'
            : f.operator === 'lebara'
              ? 'Lebara: in your account, turn “Automatic renewal” off and remove the card from the payment methods (from a community guide).'
              : 'Look in the operator’s app or online account for auto-renew, automatic top-ups and saved payment methods: turn them off and remove the card. If you cannot find them, ask the operator.',
          f.method === 'lapse' && 'Left on, auto-renew may keep the line alive when you want it to lapse.',
          'Do it while you can still sign in: signing in may need a code sent to this number.',
        ),
    },
    credit: {
      why: 'Credit is usually lost when a line lapses or is ported out, and is seldom refunded.',
      detail: (f) =>
        para(
          'Credit is usually lost when a line lapses or is ported out.',
          f.operator === 'giffgaff'
            ? 'giffgaff’s terms say so; refunds are mainly for the first 14 days after activation.'
            : 'Refunds are uncommon: giffgaff, for example, gives them mainly within 14 days of activation.',
          f.operator === 'lebara' && 'No Lebara UK refund policy was found.',
          f.place === 'hk' && 'In Hong Kong, CMHK does not refund stored value.',
          f.place === 'uk' ? 'Use it up (keep-alive texts use some of it), or count it as gone.' : 'Use it up, or count it as gone.',
          'You can ask the operator about a refund, but do not count on one.',
        ),
      done: 'I have used it up, or count it as gone',
    },
    keepEsim: {
      why: 'Deleting it does not end the line, cuts you off from codes, and usually cannot be undone.',
      detail: 'Deleting the eSIM does not end the line, and it usually cannot be reinstalled. Without it you can no longer receive the codes you need to move your accounts. Delete it only once you have checked the line has gone: the list reminds you at the end.',
      done: 'Understood: I will not delete it until the line has gone',
    },
    lapseStop: {
      why: 'After this the line runs out at the end of the operator’s inactivity period: everything before was for this step.',
      detail: (f) =>
        para(
          f.operator === 'ultra'
            ? 'Ultra Mobile: do not make the next payment. The account is suspended when the payment is missed, and the number is deleted 30 days later.'
            : f.place === 'hk'
              ? 'Stop topping up. Once the validity ends (sometimes after a 30-day grace period), the number and the stored value are forfeited.'
              : 'From now on: no chargeable texts, calls or data, and no top-ups.',
          'Make sure auto-renew is off first, or it may keep the line alive for you.',
          {
            lastUse: 'Note the day of the last use on “Keep the line alive until your accounts are moved”: the list counts from it.',
            cardExpiry: 'Note the card’s expiry date on “Keep the line alive until your accounts are moved”: the list works from it.',
            paymentDue: 'Note the due date of the payment you will not make on “Keep the line alive until your accounts are moved”: the list counts from it.',
            operatorEnd: 'Ask the operator roughly when the line will end, and note it on “Keep the line alive until your accounts are moved”.',
          }[f.endFrom ?? 'operatorEnd'],
        ),
      done: (f) => (f.operator === 'ultra' ? 'I will not make the next payment' : f.place === 'hk' ? 'I have stopped topping up' : 'I have stopped keeping it alive'),
    },
    closeFind: {
      why: 'First find out how to reach them and what leaving costs; asking closes nothing.',
      detail: (f) =>
        para(
          'This is usually done by chat, e-mail or through your online account.',
          f.plan !== 'contract' &&
            (f.operator === 'giffgaff' || f.operator === 'lebara') &&
            `We found no self-serve button to close a ${f.operator === 'giffgaff' ? 'giffgaff' : 'Lebara'} pay as you go line: ask customer services.`,
          f.plan === 'contract' && 'A contract is closed with notice: ask the operator how much notice they need, and what leaving costs.',
          f.place === 'uk' && 'In the UK, text “INFO” to 85075 from this line to see what leaving would cost.',
          'Asking closes nothing.',
        ),
    },
    closeAsk: {
      why: 'The operator may close it straight away: move your accounts, switch two-step sign-in and sort out the money first.',
      detail: (f) =>
        f.plan === 'contract'
          ? 'Contact the operator and give notice to close the line. Note the reference they give you and the date it will close; enter that date below. Keep paying the bills until the final one.'
          : 'Contact the operator and say you want to close the line. Note the reference they give you and the date they say it will close; enter that date below.',
      ask: (f) =>
        f.plan === 'contract'
          ? [
              'How much notice do you need? On what date will the line close?',
              'What will leaving cost? Is there an early exit fee?',
              'When will the final bill come? Should I keep the Direct Debit until it is paid?',
              'Can you give me a reference number, or confirm by e-mail?',
            ]
          : [
              'On what date will the line close? Will anything more be charged before then?',
              'Is there anything left to pay? Is there a fee for closing?',
              'What happens to the credit? Can any of it be refunded?',
              'Is auto-renew off? Has my saved card been removed?',
              'Can you give me a reference number, or confirm by e-mail?',
            ],
      say: (f) =>
        para(
          'Hello, I would like to close my mobile line, number ____, account holder ____.',
          f.plan === 'contract' && 'It is on a monthly contract: please tell me the notice period and what leaving will cost.',
          'Please tell me the date it will close, and give me a reference number for this request. Thank you.',
        ),
      done: 'I have asked the operator to close it',
    },
    portCode: {
      why: 'The new operator needs it to move the number; asking for it ends nothing.',
      detail: (f) =>
        para(
          f.place === 'uk'
            ? 'Text “PAC” to 65075 from this line. The code comes back by text within a minute and lasts 30 days. (A STAC, from 75075, is for taking a new number: you should not need one here.) If you are in China, it is not known whether short codes work, and a text may cost roaming charges: if they fail, ask the operator’s chat for the code.'
            : 'Ask the new operator what they need to take the number over, and get it from this operator if they say so.',
          'Asking for a code ends nothing: the old line ends only when the new operator uses it.',
        ),
    },
    portSubmit: {
      why: 'Once the new operator uses it, the old line ends: everything before was for this step.',
      detail: (f) =>
        para(
          'Give the code to the new operator when you join them. The switch usually takes about a working day, but go by what the new operator says, and note the date below. Afterwards the number, and every account on it, works at the new operator.',
          f.plan === 'contract' ? 'The old operator usually sends a final bill: pay it before you cancel the Direct Debit or autopay.' : 'Credit left on the old line is usually lost.',
        ),
      done: (f) => (f.place === 'uk' ? 'I have given the code to the new operator' : 'I have asked the new operator to take the number over'),
    },
    lineGone: {
      why: 'You have not checked yet that the line has gone.',
      detail: (f) =>
        para(
          f.method === 'port'
            ? 'Check that the number works at the new operator (calls and texts come through) and that the old SIM or eSIM has no service.'
            : f.method === 'close'
              ? 'Once the date the operator gave has passed, call the number from another phone and listen for a “not in service” message, and check whether the operator’s account shows the line closed.'
              : 'Once the “about” date on the overview has passed, check the line has really gone: call it from another phone and listen for a “not in service” message, and check whether the operator’s account shows it closed. It may go later than the list’s date.',
          f.operator === 'ee' && f.method !== 'port' && 'On EE, a hibernating account is not gone: it can be reinstated by calling, and when the number is re-issued is not known.',
          'Then record the day you checked, and any reference the operator gave.',
        ),
    },
    finalBillAbroad: {
      why: 'A contract usually has one last bill after it ends; left unpaid, it may become debt.',
      detail: (f) =>
        para(
          f.method === 'port' ? 'After the number moves, the old operator usually sends a final bill.' : 'After the line closes, the operator usually sends a final bill.',
          'Check it, and ask the operator about anything you do not recognise. Keep the Direct Debit (or autopay) until the bill is paid; then cancel it, and remove any card saved in the operator’s online account.',
        ),
    },
    abroadRemoveEsim: { why: 'The old eSIM is still on the phone.', detail: 'Only once you have checked the line has gone. Usually under Settings → Mobile Data (or Mobile Network) on the phone.' },
    abroadDestroySim: { why: 'The old SIM card has not been dealt with.', detail: 'Cut through the metal chip before you throw it away.' },
    abroadRecheck: {
      why: 'You have not checked the accounts again.',
      detail:
        'A disconnected number goes to someone else after a while: about 45 days in US research; elsewhere, how long is not known. Sign in again to the accounts that used the number and check that none still has it, for signing in or for two-step codes.',
    },
  },
  listGroups: {
    'rebind.messaging': 'Messaging',
    'rebind.payment': 'Payments, banks and brokers',
    'rebind.social': 'Social',
    'rebind.daily': 'Shopping',
    'rebind.security': 'Apple, Google, Microsoft and other sign-ins',
    'rebind.other': 'Games, crypto and the rest',
  },
  items: {
    'rebind.whatsapp': {
      title: 'WhatsApp',
      where: 'Before the line goes, use Change Number (usually under Settings → Account), or delete the account, and set a two-step PIN. If your account has been unused for 45 days and the number is activated on WhatsApp on another phone, your account is wiped.',
    },
    'rebind.telegram': {
      title: 'Telegram',
      where: 'Change Number (usually under Settings: tap your number) keeps your chats. Set a two-step password and a recovery e-mail too.',
    },
    'rebind.signal': {
      title: 'Signal',
      where: 'Use Change number (usually under Settings → Account), or delete the account. Registration Lock lapses 7 days after you stop using Signal; after that, whoever gets the code can register the number.',
    },
    'rebind.alipay': { title: 'Alipay', where: 'Usually under Me → Settings → Account and security → Phone number. Change it to a number you will keep.' },
    'rebind.paypal': {
      title: 'PayPal',
      where: 'With text two-step, codes keep going to the old number. Add an authenticator app first, then change the number (usually under Settings → Security). Once text two-step is turned off, it cannot be turned back on.',
    },
    'rebind.banksAbroad': {
      title: 'Banks and building societies (outside mainland China)',
      where: 'They often accept only a local number, and changing it may need a branch visit or a call: one reason to keep the line alive until they are done.',
    },
    'rebind.brokersAbroad': {
      title: 'Brokers and e-wallets (outside mainland China)',
      where: 'Like banks, they often accept only a local number or need a call to change it: start early.',
    },
    'rebind.wechat': { title: 'WeChat', where: 'Usually under Me → Settings → Account and security → Phone number.' },
    'rebind.x': {
      title: 'X (Twitter)',
      where: 'Change or delete the number in settings (usually Your account → Account information). Text two-step has been for paying subscribers only since March 2023: use an authenticator app. Turning two-step off does not remove the number: delete it separately.',
    },
    'rebind.discord': {
      title: 'Discord',
      where: 'Save your backup codes first: without them, Discord support cannot remove two-factor. The number is usually under User Settings → My Account.',
    },
    'rebind.instagram': {
      title: 'Instagram and Facebook',
      where: 'Usually in Accounts Centre, under your personal details and contact info; switch two-step to an authenticator app while you are there.',
    },
    'rebind.amazon': { title: 'Amazon', where: 'Usually under Your Account → Login & security; check the two-step settings too.' },
    'rebind.apple': {
      title: 'Apple Account (trusted phone number)',
      where: 'Usually under Settings → your name → Sign-In & Security on an iPhone. An account needs at least one trusted number: add the new one before removing the old.',
    },
    'rebind.google': {
      title: 'Google Account',
      where: 'In the account’s Security settings: the recovery phone and the two-step phone. Add an authenticator, and save backup codes: they come in sets of 10, each usable once.',
    },
    'rebind.microsoft': {
      title: 'Microsoft account',
      where: 'In the account’s Security settings. Replacing all your security info at once starts a 30-day wait: add the new method first, then remove the old, and always keep more than one.',
    },
    'rebind.github': {
      title: 'GitHub',
      where: 'Usually in settings under Password and authentication: move any text codes to an authenticator app, and save the recovery codes.',
    },
    'rebind.openai': {
      title: 'OpenAI / ChatGPT',
      where: 'Some accounts were made with a phone number only, and changing the sign-in method is generally not supported: if yours signs in with this number, it may be lost with the line. Check how you sign in, and save anything you want to keep first.',
    },
    'rebind.games': {
      title: 'Game accounts',
      where: 'Usually in the game platform’s account security settings; a game you sign in to with Apple, Google or another account follows that account.',
    },
    'rebind.steam': {
      title: 'Steam',
      where: 'Without the phone, you usually need the Steam Guard recovery code (it starts with R): write it down now. The number is usually under Account details.',
    },
    'rebind.crypto': {
      title: 'Crypto exchanges and other accounts',
      where: 'Change the number in each account’s security settings, and move two-step codes to an authenticator app.',
    },
  },
  methods: {
    lapse: { label: 'Let it lapse (stop keeping it alive)' },
    close: { label: 'Ask the operator to close it' },
    port: { label: 'Port the number to another operator' },
  },
  stuck: [
    {
      title: 'Contact customer services',
      detail: 'By chat or e-mail, say you want to close the line and where you are stuck. Note the reference and keep a copy of the conversation.',
    },
    {
      title: 'Pay as you go only: let it lapse instead',
      detail: 'Not for a contract. A pay as you go line that will not close ends anyway once you stop keeping it alive. Check first that auto-renew is off and the saved card removed.',
    },
    {
      title: 'Use the operator’s complaints process',
      detail: 'If customer services cannot help, make a formal complaint the way the operator sets out, and keep a record of every contact.',
    },
    {
      title: 'See what the regulator says',
      detail: 'The regulators, Ofcom in the UK and OFCA in Hong Kong, usually publish guidance on complaining about an operator. Check what they say for your case.',
    },
  ],
} satisfies PathPagesFile;
