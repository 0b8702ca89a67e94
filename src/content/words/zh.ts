import type { CoreFile } from '../words';

/** The words every page shows, in Chinese: the interface, the rules' reasons, the checklist's titles. The rest is in `zh.pages.ts`. */
export const zh = {
  ui: {
    htmlLang: 'zh-CN',
    appTitle: '注销手机号清单',
    documentTitle: '注销手机号清单：一步步安全注销手机号、SIM 卡或 eSIM',
    tagline: '一步步注销手机号、保号卡或 eSIM：先保住绑定的账号、余额和数据，再提交注销。',
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
            return '已提交注销申请，等待运营商确认';
          case 'confirmed':
            return `已注销：运营商已于${confirmedOn ?? ''}确认`;
        }
      },
      progress: (done, left) => `已完成 ${done} 项，还剩 ${left} 项`,
      next: '下一步：',
      warningsHeading: '提交后取消了勾选的事项',
      warningsIntro: '你已经提交了注销申请，但下面这些事现在没有勾选。请确认它们确实办好了。',
    },
    pages: { questions: '关于你的号码', print: '打印清单', data: '历史记录、备份和重新开始', lines: '号码列表', notFound: '找不到这个页面' },
    dates: {
      heading: '接下来的重要日期',
      kinds: {
        expectConfirmation: '运营商预计确认注销',
        refundDue: '余额退款预计到账',
        contractEnds: '协议到期',
        recheck: '再查一遍还有没有账号绑着旧号码',
        keepAliveBy: '最晚在这天保一次号（只收短信不算）',
        goneAround: '号码预计停用',
        goneCheck: '确认号码真的停用了',
      },
      about: (date) => `约 ${date}（以运营商条款为准）`,
      calendarAgain: '日期和上次下载日历文件时不一样了：重新下载一次，日历里原有的事件会跟着更新。',
      calendar: '添加到日历（.ics 文件）',
    },
    line: {
      label: (name, last4) => `${name || '我的号码'}${last4 ? `（尾号 ${last4}）` : ''}`,
      current: (label) => `当前号码：${label}`,
      manage: '切换或添加号码',
      another: '还有别的号码要注销？',
    },
    overview: {
      questionsTask: '回答关于号码的几个问题',
      answered: (answered, asked) => `已答 ${answered} / ${asked}`,
      pending: (n) => `另有 ${n} 项取决于你的回答`,
      undecided: '先按大陆号码列出；境外号码请先答第一题。',
      printLink: '打印清单（去营业厅时带上）',
      dataLink: '历史记录、备份和重新开始',
    },
    pageFailed: {
      heading: '这个页面没能打开',
      text: '页面文件没有加载成功，可能是网络断了，或者应用刚更新过。你的进度没有受影响。',
      reload: '重新加载',
    },
    taskStatus: {
      notStarted: '未开始',
      inProgress: '进行中',
      done: '已完成',
      cannotStart: '暂不能开始',
      notApplicable: '不适用',
    },
    stageProgress: (done, total) => `${done} / ${total}`,
    questions: { heading: '关于你的号码' },
    list: {
      short: (settled, total) => `${settled} / ${total}`,
    },
    skipToContent: '跳到主要内容',
    storage: {
      exportButton: '导出进度',
      corrupt: '保存的进度有一部分读不出来。能恢复的已经恢复，原始数据另存了一份，你也可以下载它。',
      corruptNoRoom: '保存的进度读不出来，浏览器也没有空间另存一份，所以这个页面暂时不保存改动，以免覆盖原始数据。请先下载损坏的副本。',
      partlyCorrupt: (dropped) => `保存的进度里有 ${dropped} 项内容格式不对，已经略过，其余的都已恢复。原始数据另存了一份，你也可以下载它。`,
      nothingRecovered: '保存的进度读不出来，没能恢复任何内容。原始数据另存了一份，你可以下载它；如果以前导出过进度，也可以导入那个文件。',
      readOnly: '这个号码的进度现在只能查看，不能修改（原因见页面底部的提示）。',
      downloadDamaged: '下载损坏的副本',
      newer: '你的进度是用本应用更新的版本保存的，这个页面只能查看、不能保存改动，以免覆盖新数据。需要的话请导出进度。',
      notSaving: '进度现在无法保存到浏览器（存储已满或被禁用）。改动只保留在这个页面里，关闭后会丢失，请导出进度。能保存时会自动恢复保存。',
      keepHeading: '保留你的进度',
      keepWarning: '进度只保存在这个浏览器里。清除网站数据，或长时间不访问（如 Safari 约 7 天），都可能让浏览器删掉它。建议不时导出一份。',
      gotIt: '知道了',
    },
    update: { ready: '新版本已经准备好。你的进度会保留。', reload: '重新加载' },
  },
  reasons: {
    answerQuestion: '还没回答：答案决定你要做哪些事。',
    waitsForAnswer: (question) => `要先回答「${question}」`,
    waitsForTask: (task) => `要先完成「${task}」`,
    waitsForPrerequisites: (count) => `还有 ${count} 件事要先做完`,
    waitsForSubmission: '要先提交注销申请',
    waitsForProtection: (tasks) => `要先做完${tasks.map((t) => `「${t}」`).join('、')}，保住你的账号、数据和余额`,
    withUnsure: (why) => `${why}（你选了「不确定」，核实之前清单先留着这一项。）`,
  },
  questions: {
    place: {
      title: '这个号码是哪里的号码？',
      options: { mainland: '中国大陆', uk: '英国', hk: '香港', us: '美国', other: '其他国家或地区' },
    },
  },
} satisfies CoreFile;
