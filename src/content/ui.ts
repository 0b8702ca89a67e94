import type { Answer, Lang, Readiness, StageStatus } from './types';

/** Every string the page shows besides the checklist itself. Each language must fill every key. */
export interface UiText {
  readonly locale: string;
  readonly htmlLang: string;
  readonly appTitle: string;
  readonly documentTitle: string;
  readonly tagline: string;
  readonly languageLabel: string;
  readonly privacy: string;
  readonly status: {
    readonly heading: string;
    readonly headline: (readiness: Readiness, blockerCount: number, confirmedOn: string | null) => string;
    readonly progress: (done: number, applicable: number) => string;
    readonly next: string;
    readonly blockersHeading: string;
    readonly warningsHeading: string;
    readonly warningsIntro: string;
    readonly more: (count: number) => string;
    readonly answerMethod: string;
  };
  readonly stageNumber: (n: number) => string;
  readonly stageStatus: Readonly<Record<StageStatus, string>>;
  readonly stageProgress: (done: number, applicable: number) => string;
  readonly answer: Readonly<Record<Answer, string>>;
  readonly unsureNote: string;
  readonly cannotStart: string;
  readonly tickedOn: (when: string) => string;
  readonly note: {
    readonly summary: (hasNote: boolean) => string;
    readonly label: string;
    readonly hint: (max: number) => string;
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
}

const dayMs = 86_400_000;

/** "3 天前" / "3 days ago" within a week, the date after that. */
export function formatWhen(lang: Lang, at: number, now: number): string {
  const locale = ui[lang].locale;
  const days = Math.floor((startOfDay(now) - startOfDay(at)) / dayMs);
  if (days >= 0 && days < 7) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
  return formatDate(lang, at);
}

export function formatDate(lang: Lang, at: number | string): string {
  const date = typeof at === 'string' ? new Date(`${at}T00:00:00`) : new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return new Intl.DateTimeFormat(ui[lang].locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
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
    tagline: '一步步注销手机号、SIM 卡或 eSIM，不丢钱、不丢数据、不丢绑定的账号。',
    languageLabel: '语言',
    privacy: '你的进度只保存在这个浏览器里，不会发送到任何地方。清除网站数据会把它一起删掉。',
    status: {
      heading: '注销进度',
      headline: (readiness, count, confirmedOn) => {
        switch (readiness) {
          case 'blocked':
            return `还不能注销：${count} 项未完成`;
          case 'ready':
            return '可以提交注销申请了';
          case 'submitted':
            return '已提交注销申请，等待运营商确认注销';
          case 'confirmed':
            return `已注销：运营商已于 ${confirmedOn ?? ''} 确认`;
        }
      },
      progress: (done, applicable) => `已完成 ${done} / ${applicable} 项`,
      next: '下一步：',
      blockersHeading: '还挡着注销的事项',
      warningsHeading: '提交后又取消勾选的事项',
      warningsIntro: '你已经提交了注销申请，但下面这些事项现在没有勾选。请确认它们确实已经办好。',
      more: (n) => `还有 ${n} 项`,
      answerMethod: '选择注销方式',
    },
    stageNumber: (n) => `第${['一', '二', '三', '四', '五', '六'][n - 1] ?? n}步`,
    stageStatus: {
      notStarted: '未开始',
      inProgress: '进行中',
      done: '已完成',
      cannotStart: '暂不能开始',
      notApplicable: '不适用',
    },
    stageProgress: (done, applicable) => `${done} / ${applicable}`,
    answer: { yes: '是', no: '否', unsure: '不确定' },
    unsureNote: '你选了「不确定」，所以先按需要处理。',
    cannotStart: '暂不能开始：',
    tickedOn: (when) => `${when}勾选`,
    note: {
      summary: (has) => (has ? '备注（已填写）' : '添加备注'),
      label: '备注（例如工单号、客服姓名）',
      hint: (max) => `最多 ${max} 字，只保存在本浏览器。`,
    },
    unbind: {
      servicesHeading: '常见的绑定',
      addLabel: '其他绑定了这个号码的账号或服务',
      add: '添加',
      rename: '改名',
      renameLabel: (label) => `「${label}」的新名称`,
      save: '保存',
      cancel: '取消',
      remove: (label) => `删除「${label}」`,
      emptyName: '请先输入名称。',
      tooMany: (max) => `最多添加 ${max} 项。`,
    },
    confirmation: {
      dateLabel: '运营商确认注销的日期',
      referenceLabel: '业务编号或注销证明编号（可选）',
      record: '记录运营商确认',
      recorded: (date, ref) => `运营商已于 ${date} 确认注销${ref ? `，编号 ${ref}` : ''}。`,
      edit: '修改确认信息',
      undo: '撤销确认',
      needsDate: '请填写运营商确认的日期。',
      futureDate: '日期不能晚于今天。',
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
  },
  en: {
    locale: 'en',
    htmlLang: 'en',
    appTitle: 'Cancel a mobile line, step by step',
    documentTitle: 'Cancel a mobile line, SIM or eSIM safely, step by step',
    tagline: 'Cancel a mobile number, SIM card or eSIM without losing money, data or the accounts tied to it.',
    languageLabel: 'Language',
    privacy: 'Your progress is kept only in this browser and is never sent anywhere. Clearing the site’s data removes it.',
    status: {
      heading: 'Cancellation status',
      headline: (readiness, count, confirmedOn) => {
        switch (readiness) {
          case 'blocked':
            return count === 1 ? 'You cannot cancel yet: 1 thing left to do' : `You cannot cancel yet: ${count} things left to do`;
          case 'ready':
            return 'Ready to submit the cancellation';
          case 'submitted':
            return 'Cancellation submitted: waiting for the operator to confirm';
          case 'confirmed':
            return `Cancelled: the operator confirmed on ${confirmedOn ?? ''}`;
        }
      },
      progress: (done, applicable) => `${done} of ${applicable} done`,
      next: 'Next: ',
      blockersHeading: 'Still blocking cancellation',
      warningsHeading: 'Unticked after you submitted',
      warningsIntro: 'You have submitted the cancellation, but these are not ticked now. Make sure they really are done.',
      more: (n) => (n === 1 ? '1 more' : `${n} more`),
      answerMethod: 'Choose how to cancel',
    },
    stageNumber: (n) => `Stage ${n}`,
    stageStatus: {
      notStarted: 'Not started',
      inProgress: 'In progress',
      done: 'Done',
      cannotStart: 'Cannot start yet',
      notApplicable: 'Not applicable',
    },
    stageProgress: (done, applicable) => `${done} / ${applicable}`,
    answer: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    unsureNote: 'You answered “not sure”, so the list plays safe.',
    cannotStart: 'Cannot start yet:',
    tickedOn: (when) => `ticked ${when}`,
    note: {
      summary: (has) => (has ? 'Note (written)' : 'Add a note'),
      label: 'Note (a ticket number, who you spoke to)',
      hint: (max) => `Up to ${max} characters, kept only in this browser.`,
    },
    unbind: {
      servicesHeading: 'Common ones',
      addLabel: 'Another account or service that uses this number',
      add: 'Add',
      rename: 'Rename',
      renameLabel: (label) => `New name for “${label}”`,
      save: 'Save',
      cancel: 'Cancel',
      remove: (label) => `Remove “${label}”`,
      emptyName: 'Type a name first.',
      tooMany: (max) => `You can add up to ${max}.`,
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
  },
};
