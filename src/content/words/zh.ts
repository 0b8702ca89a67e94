import type { CoreWords } from '../words';

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
      },
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
    unpaidBills: { title: '这个号码现在有欠费吗？' },
    contract: { title: '这个号码还有没到期的协议吗？' },
    balance: { title: '号码里还有余额吗？' },
    refund: { title: '你打算申请退还余额吗？' },
    ownName: { title: '号码登记在你本人名下吗？' },
    proxy: { title: '会由机主以外的人去办吗？' },
    bundle: { title: '这个号码在主副卡、家庭网或宽带融合套餐里吗？' },
    sharedDevice: { title: '这个号码有没有开通「一号双终端」这类让手表等设备共用号码的业务？' },
    lockedDevice: { title: '有没有和这个号码绑定的合约机，或只能用这家运营商卡的有锁手机（定制机）？' },
    esim: { title: '这个号码用的是 eSIM 吗？' },
  },
  groups: {
    check: { title: '确认是否满足注销条件' },
    prepare: { title: '准备相关材料' },
    protect: { title: '注销前先做：账号、数据和余额' },
    cancel: { title: '选择注销方式并提交' },
    after: { title: '收尾：确认、退款和复查' },
  },
  tasks: {
    decide: {
      title: '想清楚：注销，还是保号或携号转网',
      why: '注销后号码一般找不回来，先确认这是你要的。',
    },
    checkStatus: {
      title: '向运营商问清账户状况',
      why: '还没向运营商问清账户状况，可能有你不知道的欠费或限制。',
    },
    settleBills: {
      title: '交清欠费',
      why: '有欠费时，运营商通常不受理注销。',
    },
    endContract: {
      title: '处理没到期的协议',
      why: '协议没到期时，通常要先解除或付违约金才能注销。',
    },
    splitBundle: {
      title: '先解除主副卡、家庭网或融合套餐关系',
      why: '号码还在主副卡、家庭网或融合套餐里，运营商通常要求先拆出来。',
    },
    endSharedDevice: {
      title: '先停掉共用号码的业务',
      why: '共用号码的业务还开着，通常要先取消才能注销。',
    },
    idDocument: {
      title: '机主的身份证件',
      why: '没有机主的身份证件，运营商无法核实机主身份。',
    },
    accountInfo: {
      title: '账户信息：号码、服务密码、邮箱、绑定的银行卡',
      why: '核实账户时可能要用到这些信息，缺了可能办不下去。',
    },
    deviceUnlock: {
      title: '确认设备已解锁',
      why: '设备还没解锁，注销后可能没法换卡用。',
    },
    contractPapers: {
      title: '找出协议',
      why: '有协议时，运营商可能要看。',
    },
    authorisation: {
      title: '机主授权书和双方身份证件',
      why: '不是机主本人办，没有授权材料通常会被拒绝。',
    },
    backup: {
      title: '备份通讯录和短信',
      why: '还没备份，注销后可能找不回来。',
    },
    rebind: {
      title: '把绑定这个号码的账号换绑到新号码',
      why: '还有账号绑着这个号码。注销后你收不到验证码；号码重新放号后，下一位机主可能用验证码登录或找回你的账号。',
    },
    stopAutoPay: {
      title: '停掉自动充值、代扣和亲情付',
      why: '自动扣款还开着，号码重新放出后可能继续替别人付钱。',
    },
    handleBalance: {
      title: '查清余额，决定用完、退还还是转走',
      why: '注销后余额可能就拿不回来了：先弄清有多少、能不能退、怎么退，去营业厅或填线上申请时才好提出来。',
    },
    finalBill: {
      title: '备好本月还没出账的话费',
      why: '本月的费用注销时要结清，没准备好可能办不下来。',
    },
    keepEsim: {
      title: '运营商确认注销前，先别删 eSIM',
      why: '过早删 eSIM 会收不到验证码，号码也不会因此注销。',
    },
    reachable: {
      title: '办完之前保持号码畅通',
      why: '办理期间要能收到验证码和运营商通知。',
    },
    chooseMethod: {
      title: '选择线上注销还是去营业厅',
      why: '线上和营业厅要做的事不一样，选好了，清单才能告诉你下一步。',
    },
    onlineOpen: {
      title: '在运营商官方 App 或官网找到「销户」入口',
      why: '只有官方入口是安全的，别人发来的链接可能是骗局；先找到，也好知道线上能不能办。',
    },
    onlineForm: {
      title: '填写注销申请',
      why: '填表就是在办注销了：有的流程填完很快就会提交，所以要先保住账号、数据和余额再填。',
    },
    onlineUpload: {
      title: '按要求上传材料，需要时完成人脸识别',
      why: '有的流程在人脸识别通过后会直接提交注销，所以要先保住账号、数据和余额再做。',
    },
    onlineSubmit: {
      title: '提交线上注销申请',
      why: '提交后运营商就开始注销，前面的准备都是为了这一步。',
    },
    storeFind: {
      title: '打电话问清哪家营业厅能办、要带什么',
      why: '不是每家营业厅都能办注销，先问清楚可以少跑一趟。',
    },
    storeAsk: {
      title: '带齐材料去营业厅，向工作人员说明要注销',
      why: '工作人员可能当场就办理注销，所以要先保住账号、数据和余额再去。',
    },
    storeSubmit: {
      title: '按工作人员要求填表或在受理单上签字',
      why: '签字就是正式申请注销，签之前核对一遍受理单。',
    },
    keepProof: {
      title: '保存凭证：受理单、业务流水号或注销证明',
      why: '还没保存注销的凭证。',
    },
    operatorConfirmed: {
      title: '运营商已确认注销',
      why: '运营商还没确认注销。',
    },
    refundReceived: {
      title: '确认余额退款到账',
      why: '余额退款还没到账。',
    },
    removeEsim: {
      title: '运营商确认后，删除手机里的 eSIM',
      why: '旧的 eSIM 还在手机里。',
    },
    destroySim: {
      title: '运营商确认后，剪掉旧 SIM 卡',
      why: '旧 SIM 卡还没处理。',
    },
    recheckBindings: {
      title: '过一阵再查一遍，确认没有账号还绑着旧号码',
      why: '还没复查绑定。',
    },
  },
} satisfies CoreWords;
