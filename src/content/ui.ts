import type { Answer, Lang, Phase, Readiness, TaskStatus } from './types';

/** Every string the page shows besides the checklist itself. Each language must fill every key. */
export interface UiText {
  readonly locale: string;
  readonly htmlLang: string;
  readonly appTitle: string;
  readonly documentTitle: string;
  readonly tagline: string;
  /** One general line for a number from outside mainland China. */
  readonly elsewhere: string;
  readonly languageLabel: string;
  readonly privacy: string;
  readonly status: {
    readonly heading: string;
    readonly headline: (readiness: Readiness, confirmedOn: string | null) => string;
    readonly progress: (done: number, left: number) => string;
    readonly next: string;
    readonly blockersHeading: string;
    readonly warningsHeading: string;
    readonly warningsIntro: string;
    readonly more: (count: number) => string;
    readonly answerQuestions: (count: number) => string;
  };
  readonly stageNumber: (n: number) => string;
  readonly phase: Readonly<Record<Phase, string>>;
  readonly taskStatus: Readonly<Record<TaskStatus, string>>;
  readonly stageProgress: (done: number, total: number) => string;
  readonly questions: { readonly heading: string; readonly intro: string };
  readonly list: {
    readonly notUsed: string;
    readonly notUsedLabel: (title: string) => string;
    readonly progress: (settled: number, total: number) => string;
  };
  readonly ask: string;
  readonly say: string;
  readonly methodLegend: string;
  readonly copy: { readonly ask: string; readonly say: string; readonly copied: string; readonly selected: string };
  readonly answer: Readonly<Record<Answer, string>>;
  readonly unsureNote: string;
  readonly cannotStart: string;
  readonly tickedOn: (when: string) => string;
  readonly note: {
    readonly summary: (hasNote: boolean) => string;
    readonly label: string;
    readonly hint: (max: number) => string;
    readonly count: (used: number, max: number) => string;
    readonly tooLong: (over: number) => string;
  };
  readonly unbind: {
    readonly servicesHeading: string;
    readonly addLabel: string;
    readonly add: string;
    readonly rename: string;
    readonly renameLabel: (label: string) => string;
    readonly save: string;
    readonly cancel: string;
    readonly remove: (label: string) => string;
    readonly emptyName: string;
    readonly tooMany: (max: number) => string;
    readonly tooLong: (max: number) => string;
  };
  readonly confirmation: {
    readonly dateLabel: string;
    readonly referenceLabel: string;
    readonly record: string;
    readonly recorded: (date: string, reference: string) => string;
    readonly edit: string;
    readonly undo: string;
    readonly needsDate: string;
    readonly futureDate: string;
    readonly notSubmitted: string;
    readonly referenceTooLong: (max: number) => string;
  };
  readonly stuck: { readonly heading: string; readonly intro: string };
  readonly startOver: {
    readonly button: string;
    readonly confirm: string;
    readonly yes: string;
    readonly no: string;
    readonly done: string;
    readonly undo: string;
  };
  readonly skipToStatus: string;
  readonly storage: {
    readonly corrupt: string;
    readonly corruptNoRoom: string;
    readonly downloadDamaged: string;
    readonly newer: string;
    readonly notSaving: string;
    readonly keepHeading: string;
    readonly keepWarning: string;
    readonly gotIt: string;
  };
  readonly data: {
    readonly heading: string;
    readonly exportButton: string;
    readonly importLabel: string;
    readonly importHint: string;
    readonly summary: (ticked: number, answered: number, lastChange: string | null) => string;
    readonly replaceQuestion: string;
    readonly replace: string;
    readonly cancel: string;
    readonly imported: string;
    readonly errors: Readonly<Record<'tooLarge' | 'notJson' | 'foreign' | 'newer' | 'migration', string>>;
  };
  readonly update: { readonly ready: string; readonly reload: string };
  readonly history: {
    readonly heading: string;
    readonly empty: string;
    readonly folded: (n: number) => string;
    readonly more: (n: number) => string;
    readonly entry: (kind: HistoryKindName, subject: string, value: string) => string;
  };
}

export type HistoryKindName = 'tick' | 'notUsed' | 'untick' | 'answer' | 'method' | 'submit' | 'confirm' | 'unconfirm';

/** Date and time of a history entry. `locale` is the page's language with the browser's region (dateLocale). */
export function formatDateTime(locale: string, at: number): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(at));
}

const dayMs = 86_400_000;

/** "3 天前" / "3 days ago" within a week, the date after that. */
export function formatWhen(locale: string, at: number, now: number): string {
  const days = Math.floor((startOfDay(now) - startOfDay(at)) / dayMs);
  if (days >= 0 && days < 7) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
  return formatDate(locale, at);
}

/** A day in words: 2026年11月25日, 25 November 2026 (en-GB), November 25, 2026 (en-US). */
export function formatDate(locale: string, at: number | string): string {
  const date = typeof at === 'string' ? new Date(`${at}T00:00:00`) : new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/**
 * The locale for dates and times: the page's language, with the browser's region where the browser has that
 * language (an en-GB reader gets 25 November 2026 and a 24-hour clock); otherwise the language's own.
 */
export function dateLocale(lang: Lang, browserLanguages: readonly string[]): string {
  return browserLanguages.find((l) => l.toLowerCase().split('-')[0] === lang) ?? ui[lang].locale;
}

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export const ui: Readonly<Record<Lang, UiText>> = {
  zh: {
    locale: 'zh-CN',
    htmlLang: 'zh-CN',
    appTitle: '注销手机号清单',
    documentTitle: '注销手机号清单：一步步安全注销手机号、SIM 卡或 eSIM',
    tagline: '一步步注销手机号、保号卡或 eSIM：先保住绑定的账号、余额和数据，再提交注销。',
    elsewhere: '这份清单按中国大陆的情况写。境外的号码（比如预付费卡）常常是长期不充值就自动失效，具体问那边的运营商；号码上绑定的账号一样要先换绑。',
    languageLabel: '语言',
    privacy: '你的进度只保存在这个浏览器里，不会发送到任何地方。清除网站数据会把它一起删掉。',
    status: {
      heading: '注销进度',
      headline: (readiness, confirmedOn) => {
        switch (readiness) {
          case 'blocked':
            return '还不能提交注销';
          case 'ready':
            return '可以提交注销申请了';
          case 'submitted':
            return '已提交注销申请，等待运营商确认注销';
          case 'confirmed':
            return `已注销：运营商已于 ${confirmedOn ?? ''} 确认`;
        }
      },
      progress: (done, left) => `已完成 ${done} 项，还剩 ${left} 项`,
      next: '下一步：',
      blockersHeading: '提交注销前还要做的事',
      warningsHeading: '提交后又取消勾选的事',
      warningsIntro: '你已经提交了注销申请，但下面这些事现在没有勾选。请确认它们确实办好了。',
      more: (n) => `还有 ${n} 项`,
      answerQuestions: (n) => `回答「关于你的号码」里的 ${n} 个问题`,
    },
    stageNumber: (n) => `第${['一', '二', '三', '四', '五', '六'][n - 1] ?? n}部分`,
    phase: { before: '注销前', cancel: '办理注销', after: '注销后' },
    taskStatus: {
      notStarted: '未开始',
      inProgress: '进行中',
      done: '已完成',
      cannotStart: '暂不能开始',
      notApplicable: '不适用',
    },
    stageProgress: (done, total) => `${done} / ${total}`,
    questions: {
      heading: '关于你的号码',
      intro: '你的回答决定清单里要做哪些事。拿不准就选「不确定」，清单会先留着相关的事，等你核实。',
    },
    list: {
      notUsed: '我不用',
      notUsedLabel: (title) => `我不用「${title}」`,
      progress: (settled, total) => `已处理 ${settled} / ${total} 项`,
    },
    ask: '可以问运营商：',
    say: '可以这样说：',
    methodLegend: '怎么注销',
    copy: { ask: '复制这些问题', say: '复制这段话', copied: '已复制。', selected: '浏览器不让直接复制，文字已选中，请长按或按 Ctrl+C 复制。' },
    answer: { yes: '是', no: '否', unsure: '不确定' },
    unsureNote: '你选了「不确定」，核实之前清单先留着这一项。',
    cannotStart: '暂不能开始：',
    tickedOn: (when) => `${when}勾选`,
    note: {
      summary: (has) => (has ? '备注（已填写）' : '添加备注'),
      label: '备注（例如工单号、客服姓名）',
      hint: (max) => `最多 ${max} 字，只保存在本浏览器。`,
      count: (used, max) => `${used} / ${max} 字`,
      tooLong: (over) => `备注太长，多了 ${over} 个字，删短一些才能保存。已保存的备注不变。`,
    },
    unbind: {
      servicesHeading: '你自己加的',
      addLabel: '清单里没有的账号或服务',
      add: '添加',
      rename: '改名',
      renameLabel: (label) => `「${label}」的新名称`,
      save: '保存',
      cancel: '取消',
      remove: (label) => `删除「${label}」`,
      emptyName: '请先输入名称。',
      tooMany: (max) => `最多添加 ${max} 项。`,
      tooLong: (max) => `名称太长：最多 ${max} 个字。`,
    },
    confirmation: {
      dateLabel: '运营商确认注销的日期',
      referenceLabel: '业务流水号或注销证明编号（选填）',
      record: '记录运营商确认',
      recorded: (date, ref) => `运营商已于 ${date} 确认注销${ref ? `，编号 ${ref}` : ''}。`,
      edit: '修改确认信息',
      undo: '撤销确认',
      needsDate: '请填写运营商确认的日期。',
      futureDate: '日期不能晚于今天。',
      notSubmitted: '要先提交注销申请，才能记录运营商的确认。',
      referenceTooLong: (max) => `编号太长：最多 ${max} 个字。`,
    },
    stuck: { heading: '遇到困难怎么办', intro: '运营商不给注销或一直没有回复时，按顺序试：' },
    startOver: {
      button: '全部重来',
      confirm: '确定清除这里的所有进度、回答和备注吗？',
      yes: '清除',
      no: '保留',
      done: '已清除全部进度。',
      undo: '撤销',
    },
    skipToStatus: '跳到注销进度',
    storage: {
      corrupt: '保存的进度有一部分读不出来。能恢复的已经恢复，原始数据另存了一份，你也可以下载它。',
      corruptNoRoom: '保存的进度读不出来，浏览器也没有空间另存一份，所以这个页面暂时不保存改动，以免覆盖原始数据。请先下载损坏的副本。',
      downloadDamaged: '下载损坏的副本',
      newer: '你的进度是用本应用的新版本保存的，这个页面只能查看、不能保存改动，以免覆盖新数据。需要的话请导出进度。',
      notSaving: '进度现在无法保存到浏览器（存储已满或被禁用）。改动只保留在这个页面里，关闭后会丢失，请导出进度。能保存时会自动恢复保存。',
      keepHeading: '保留你的进度',
      keepWarning: '进度只保存在这个浏览器里。清除网站数据，或长时间不访问（如 Safari 约 7 天），都可能让浏览器删掉它。建议不时导出一份。',
      gotIt: '知道了',
    },
    data: {
      heading: '你的数据',
      exportButton: '导出进度',
      importLabel: '导入进度',
      importHint: '选择之前导出的 .json 文件（最大 1 MB）。',
      summary: (ticked, answered, last) => `文件里有 ${ticked} 件已完成的事、${answered} 个回答${last ? `，最后一次改动在 ${last}` : ''}。`,
      replaceQuestion: '用它替换这里当前的全部进度吗？',
      replace: '替换',
      cancel: '取消',
      imported: '已导入进度。',
      errors: {
        tooLarge: '这个文件太大（超过 1 MB），不是本应用导出的进度。当前进度没有改变。',
        notJson: '这个文件读不出来，不是本应用导出的进度。当前进度没有改变。',
        foreign: '这个文件不是本应用导出的进度。当前进度没有改变。',
        newer: '这个文件来自更新版本的本应用，这里无法安全读取。当前进度没有改变。',
        migration: '这个文件的格式无法转换。当前进度没有改变。',
      },
    },
    update: { ready: '新版本已经准备好。你的进度会保留。', reload: '刷新' },
    history: {
      heading: '历史记录',
      empty: '还没有记录。',
      folded: (n) => `另有 ${n} 条更早的记录已合并，以节省空间。`,
      more: (n) => `查看更早的 ${n} 条`,
      entry: (kind, subject, value) => {
        switch (kind) {
          case 'tick':
            return `勾选「${subject}」`;
          case 'notUsed':
            return `标为「我不用」：「${subject}」`;
          case 'untick':
            return `取消勾选「${subject}」`;
          case 'answer':
            return `回答「${subject}」：${value}`;
          case 'method':
            return `选择：${value}`;
          case 'submit':
            return `提交注销申请：「${subject}」`;
          case 'confirm':
            return `记录运营商确认注销：${value}`;
          case 'unconfirm':
            return '撤销了运营商确认';
        }
      },
    },
  },
  en: {
    locale: 'en',
    htmlLang: 'en',
    appTitle: 'Cancel a mobile line, step by step',
    documentTitle: 'Cancel a mobile line, SIM or eSIM safely, step by step',
    tagline: 'Cancel a mobile number, a number-keeping SIM (保号卡) or an eSIM step by step: protect the accounts, money and data tied to it first, then submit.',
    elsewhere: 'This list is written for mainland China. A number from elsewhere (a prepaid SIM, say) often lapses by itself if it is not topped up: ask its operator. The accounts tied to it still need moving first.',
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
      blockersHeading: 'Still to do before you submit',
      warningsHeading: 'Unticked after you submitted',
      warningsIntro: 'You have submitted the cancellation, but these are not ticked now. Make sure they really are done.',
      more: (n) => (n === 1 ? '1 more' : `${n} more`),
      answerQuestions: (n) => (n === 1 ? 'Answer the question about your number' : `Answer the ${n} questions about your number`),
    },
    stageNumber: (n) => `Part ${n}`,
    phase: { before: 'Before you cancel', cancel: 'Cancelling', after: 'After cancelling' },
    taskStatus: {
      notStarted: 'Not started',
      inProgress: 'In progress',
      done: 'Done',
      cannotStart: 'Cannot start yet',
      notApplicable: 'Not applicable',
    },
    stageProgress: (done, total) => `${done} / ${total}`,
    questions: {
      heading: 'About your number',
      intro: 'Your answers decide which tasks are on the list. If you are not sure, say so: the list keeps the tasks that may apply until you have checked.',
    },
    list: {
      notUsed: 'Not used',
      notUsedLabel: (title) => `I don’t use ${title}`,
      progress: (settled, total) => `${settled} of ${total} dealt with`,
    },
    ask: 'Questions to ask the operator:',
    say: 'What you can say:',
    methodLegend: 'How to cancel',
    copy: { ask: 'Copy the questions', say: 'Copy the words', copied: 'Copied.', selected: 'The browser would not copy it: the text is selected, so copy it with a long press or Ctrl+C.' },
    answer: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    unsureNote: 'You answered “Not sure”, so the list keeps this until you check.',
    cannotStart: 'Cannot start yet:',
    tickedOn: (when) => `ticked ${when}`,
    note: {
      summary: (has) => (has ? 'Note (written)' : 'Add a note'),
      label: 'Note (a ticket number, who you spoke to)',
      hint: (max) => `Up to ${max} characters, kept only in this browser.`,
      count: (used, max) => `${used} / ${max} characters`,
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
      referenceTooLong: (max) => `That reference is too long: ${max} characters at most.`,
    },
    stuck: { heading: 'If you get stuck', intro: 'If the operator will not cancel or does not answer, try these in order:' },
    startOver: {
      button: 'Start over',
      confirm: 'Clear all progress, answers and notes here?',
      yes: 'Clear',
      no: 'Keep',
      done: 'All progress cleared.',
      undo: 'Undo',
    },
    skipToStatus: 'Skip to the cancellation status',
    storage: {
      corrupt: 'Part of your saved progress could not be read. What could be recovered is back; the original is kept aside, and you can download it.',
      corruptNoRoom: 'Your saved progress could not be read, and the browser has no room to keep a copy, so this page is not saving changes, to avoid overwriting the original. Download the damaged copy first.',
      downloadDamaged: 'Download the damaged copy',
      newer: 'Your progress was saved by a newer version of this app. This page shows it but does not save changes, so the newer data stays safe. Export your progress if you need it.',
      notSaving: 'Progress cannot be saved in this browser right now (storage is full or switched off). Changes stay only on this page and are lost when you close it: export your progress. Saving resumes by itself when it can.',
      keepHeading: 'Keeping your progress',
      keepWarning: 'Your progress is kept only in this browser. Clearing the site’s data, or a long absence (Safari: about 7 days), can make the browser remove it. Export a copy from time to time.',
      gotIt: 'Got it',
    },
    data: {
      heading: 'Your data',
      exportButton: 'Export progress',
      importLabel: 'Import progress',
      importHint: 'Choose a .json file exported earlier (1 MB at most).',
      summary: (ticked, answered, last) =>
        `The file has ${ticked} ${ticked === 1 ? 'task' : 'tasks'} done and ${answered} ${answered === 1 ? 'answer' : 'answers'}${last ? `, last change ${last}` : ''}.`,
      replaceQuestion: 'Replace all the progress here with it?',
      replace: 'Replace',
      cancel: 'Cancel',
      imported: 'Progress imported.',
      errors: {
        tooLarge: 'This file is too large (over 1 MB) to be progress exported from this app. Your progress has not changed.',
        notJson: 'This file cannot be read: it is not progress exported from this app. Your progress has not changed.',
        foreign: 'This file is not progress exported from this app. Your progress has not changed.',
        newer: 'This file comes from a newer version of this app and cannot be read safely here. Your progress has not changed.',
        migration: 'This file’s format cannot be converted. Your progress has not changed.',
      },
    },
    update: { ready: 'A new version is ready. Your progress is kept.', reload: 'Reload' },
    history: {
      heading: 'History',
      empty: 'Nothing recorded yet.',
      folded: (n) => `${n} older ${n === 1 ? 'entry was' : 'entries were'} folded away to save space.`,
      more: (n) => `Show ${n} older`,
      entry: (kind, subject, value) => {
        switch (kind) {
          case 'tick':
            return `Ticked “${subject}”`;
          case 'notUsed':
            return `Marked as not used: “${subject}”`;
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
};
