import type { PagesFile } from '../words';

/** The words of the task, questions, print and data pages, in Chinese: loaded with the first of them opened. */
export const zhPages = {
  ui: {
    listItems: {
      marks: {
        change: { pending: '待换绑', done: '已换绑', notUsed: '没绑这个号', none: (rest) => (rest ? '其余都没绑' : '都没绑这个号') },
        stop: { pending: '要停掉', done: '已停掉', notUsed: '没开通', none: (rest) => (rest ? '其余都没开通' : '都没开通') },
        tell: { pending: '要告诉', done: '已告诉', notUsed: '不用告诉', none: (rest) => (rest ? '其余不用告诉' : '都不用告诉') },
      },
      progress: (settled, total) => `已处理 ${settled} / ${total} 项`,
      groupCount: (left, total) => (left > 0 ? `还剩 ${left} 项` : total === 1 ? '已处理好' : `${total} 项都处理好了`),
      leftItem: (name, state) => (state ? `${name}（${state}）` : name),
      leftLine: (pending, state, unmarked) =>
        [pending.length > 0 ? `${state}：${pending.join('、')}` : '', unmarked > 0 ? `还有 ${unmarked} 项没选` : ''].filter(Boolean).join('；'),
    },
    questionsIntro: '你的回答决定清单里要做哪些事。拿不准就选「不确定」，清单会先留着相关的事，等你核实。',
    lineEnd: {
      note: (gone, keepBy, about) =>
        `${about ? `按这个日期算，号码大约在 ${gone} 停用（以运营商条款为准）。` : `号码将在 ${gone} 停用。`}${keepBy ? `账号还没换绑完的话，最晚在 ${keepBy} 再保一次号，再把新日期记在这里。` : ''}`,
      past: (gone) => `按这个日期算，号码可能在 ${gone} 前后就已经停用了。先用别的手机打个电话或发条短信试试；如果还能用，马上保一次号，再把新日期记在这里。`,
      earlyCheck: (gone) => `还没到号码大约停用的日期（${gone}），它可能还能用：确认真的停了再记下。`,
    },
    dateField: {
      expectConfirmation: '运营商说大约哪天能确认注销？（可不填）',
      refundDue: '运营商说退款大约哪天到账？（可不填）',
      contractEnds: '协议哪天到期？（决定等到期再注销时填）',
      submitted: '哪天提交的注销申请？',
      lastUse: '最后一次保号（发计费短信、打电话或用流量）是哪天？',
      cardExpiry: '卡的有效期到哪天？（看运营商的 App，或充值后收到的短信）',
      paymentDue: '下一次该哪天付款？',
      operatorEnd: '运营商说这张卡哪天停用？',
      hint: '记下的日期会列在清单首页，也可以添加到日历。',
      submittedHint: '默认是你勾选的那天，不对的话可以改。运营商确认注销的日期不能早于这一天。',
      errors: {
        needsDate: '请填一个完整的日期。',
        futureDate: '日期不能晚于今天。',
        afterConfirmation: '提交日期不能晚于运营商确认注销的日期。',
      },
    },
    data: {
      heading: '你的数据',
      exportButton: '导出进度',
      importLabel: '导入进度',
      importHint: '选择之前导出的 .json 文件（最大 1 MB）。',
      summary: (line, where, progress, last) => `文件里的「${line}」：${where}，${progress}${last ? `，最后改动于${last}` : ''}。`,
      exportLine: '导出当前号码的进度',
      exportAll: '导出全部号码的进度',
      linesInFile: (count) => `文件里有 ${count} 个号码：`,
      lineSummary: (where, progress) => `${where}，${progress}`,
      impossible: {
        future: '有的日期或时间晚于今天',
        afterWithoutSubmission: '没有提交注销申请，却勾选了提交之后的步骤',
        confirmationWithoutSubmission: '没有提交注销申请，却记录了运营商的确认',
        confirmationBeforeSubmission: '运营商确认的日期早于提交注销申请的日期',
      },
      flagged: '这个文件来自本应用的早期版本，里面有几处对不上，导入后请核对：',
      impossibleError: (problems) => `这个文件里的进度前后矛盾（${problems}），可能被手动改过或已经损坏，所以没有导入。当前进度没有改变。`,
      replaceQuestion: '用文件里的进度覆盖当前号码的进度，还是另外添加一个号码？',
      addQuestion: '把这些号码都添加到列表里吗？',
      replace: '用它覆盖当前号码的进度',
      addAsNew: '另外添加一个号码',
      cancel: '取消',
      imported: '已导入进度。',
      importedAsNew: (count) => `已添加 ${count} 个号码。`,
      errors: {
        tooLarge: '这个文件太大（超过 1 MB），不是本应用导出的进度。当前进度没有改变。',
        notJson: '这个文件读不出来，不是本应用导出的进度。当前进度没有改变。',
        foreign: '这个文件不是本应用导出的进度。当前进度没有改变。',
        newer: '这个文件是用本应用更新的版本导出的，这里无法安全读取。当前进度没有改变。',
        migration: '这个文件的格式无法转换。当前进度没有改变。',
        tooMany: '导入后号码会超过 10 个（最多 10 个）。请先删掉已经办完或不再需要的号码记录，再导入。当前进度没有改变。',
        noRoom: '浏览器的存储空间满了，无法导入。当前进度没有改变。',
      },
    },
    linesPage: {
      intro: '每个号码有自己的一份清单：回答、勾选、备注和注销确认都分开保存。这里只记你起的名称和尾号，不记完整号码。',
      open: '打开',
      openLabel: (label) => `打开：${label}`,
      isOpen: '当前号码',
      status: { blocked: '还不能提交注销', ready: '可以提交注销了', submitted: '已提交，等运营商确认', confirmed: '已注销' },
      progress: (done, left) => `已完成 ${done} 项，还剩 ${left} 项`,
      rename: '改名',
      renameLabel: (label) => `改名：${label}`,
      remove: '删除',
      removeLabel: (label) => `删除：${label}`,
      removeConfirm: (label) => `从列表里删除「${label}」和它的全部进度？（只删除本浏览器里的记录，不会注销号码。）`,
      removeYes: '删除',
      removed: (label) => `已删除「${label}」。`,
      undo: '撤销',
      addHeading: '添加号码',
      nameLabel: '名称（例如：工作号、旧保号卡）',
      last4Label: '尾号（可不填）',
      last4Hint: '只填最后 4 位数字，不要填完整号码。',
      add: '添加并打开',
      save: '保存',
      cancel: '取消',
      errors: {
        empty: '请填写名称。',
        tooLong: '名称最多 40 个字。',
        badDigits: '尾号要正好是 4 位数字，或者不填。',
        tooMany: '最多 10 个号码。请先删掉已经办完或不再需要的记录，再添加。',
        notSaved: '当前号码的改动现在存不进浏览器（存储已满或被禁用），换到别的号码会丢掉这些改动，所以没有切换。请先导出进度，或腾出存储空间后再试。',
      },
    },
    elsewhere: '先回答第一个问题，号码是哪里的：中国大陆的号码和境外的号码（比如英国、香港、美国的保号卡）各有一份清单。',
    nav: { back: '← 返回清单', nextTask: (title) => `清单里的下一项：${title} →` },
    questionsPage: { change: '修改', changeLabel: (q) => `修改回答：${q}` },
    task: {
      done: '这一项我已经做完了',
      submitted: '我已经提交了注销申请',
      refused: (reasons) => `现在还不能勾选：${reasons}。`,
      waitsOn: '先做这些：',
      whyItMatters: '为什么重要：',
      notApplicable: '根据你的回答，这一项不用做',
      notOnList: '这个号码的清单上没有这一项',
      early: (day) => `还没到时候：这一步建议到${day}左右再做。现在就勾选也可以，但到那时最好再查一遍。`,
      navLabel: '清单里的位置',
    },
    print: {
      intro: '打印整份清单，去营业厅或打客服电话时对照。历史记录默认不打印。',
      withHistory: '同时打印历史记录',
      button: '打印',
      printedOn: (date) => `打印于 ${date}`,
      notAnswered: '未回答',
      doneOn: (date) => `${date}完成`,
      pending: '（取决于你的回答）',
      note: '备注：',
      legend: '☑ 已完成　☐ 还没做（或待换绑）　⊘ 没绑这个号、不用做',
    },
    notFound: '这个地址没有对应的页面，可能是旧链接。',
    ask: '可以问运营商：',
    say: '可以这样说：',
    methodLegend: '注销方式',
    copy: { ask: '复制这些问题', say: '复制这段话', copied: '已复制。', selected: '浏览器不让直接复制，文字已选中，请长按或按 Ctrl+C 复制。' },
    answer: { yes: '是', no: '否', unsure: '不确定' },
    unsureNote: '你选了「不确定」，核实之前清单先留着这一项。',
    cannotStart: '暂不能开始：',
    tickedOn: (when) => `${when}勾选`,
    refused: {
      readOnly: '这个号码的进度现在只能查看，改动没有保存。',
      unknown: '清单里没有这一项，改动没有保存。',
      blocked: '这一步现在还不能勾选，先完成上面说的事。',
      confirmed: '已经记下了运营商的注销确认，所以这一项不能取消勾选。如果确认记错了，先在「运营商已确认注销」那一步撤销确认。',
      afterDone: '提交之后的步骤（「收尾」里的几项）已经勾选了，所以这一项不能取消勾选。如果是勾错了，先取消那些步骤的勾选。',
    },
    note: {
      label: '备注（例如工单号、客服工号）',
      count: (used, max) => `${used} / ${max} 字`,
      tooLong: (over) => `备注超出 ${over} 个字，删减后才能保存。已保存的备注不变。`,
      otherTab: '你在这里输入时，另一个标签页也改了这条备注。你写的还在框里，另一个标签页里是：',
      otherTabEmpty: '（另一个标签页把备注清空了）',
      keepMine: '保留我写的',
      takeTheirs: '用另一个标签页的',
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
      duplicate: '你已经加过同名的一项了。',
      removed: (label) => `已删除「${label}」。`,
      undo: '撤销',
      bankLabel: '银行名称（如招商银行）',
      addBank: '添加银行',
      noBanks: '没有银行卡绑这个号码',
      allBanks: '所有银行（以前一起标记的）',
      findHeading: '怎么找出漏掉的账号',
      find: '「一证通查2.0」是官方的查询服务，一般只显示这个号码关联了几个互联网账号，看不到是哪些。「一键查询」能列出你用这个号码注册的账号，但只查得到参加了这项服务的 App，没列出来的不一定没有。在短信里搜「验证码」，看看都有谁给你发过。「一键解绑」是解除上一位机主留下的绑定，帮不了正在注销的你。有的运营商在重新放号前会通知部分 App，但这代替不了你自己换绑。',
    },
    confirmation: {
      dateLabel: '运营商确认注销的日期',
      referenceLabel: '业务流水号或注销证明编号（选填）',
      record: '记录运营商确认',
      recorded: (date, ref) => `运营商已于${date}确认注销${ref ? `，编号 ${ref}` : ''}。`,
      edit: '修改确认信息',
      undo: '撤销确认',
      needsDate: '请填写运营商确认的日期。',
      futureDate: '日期不能晚于今天。',
      notSubmitted: '要先提交注销申请，才能记录运营商的确认。',
      beforeSubmission: (day) => `确认日期不能早于提交注销申请的日期（${day}）。如果提交日期记错了，可以在提交那一步改。`,
      flagged: (day) => `记下的确认日期早于提交日期（${day}），请核对一下哪个记错了。`,
      referenceTooLong: (max) => `编号太长：最多 ${max} 个字。`,
    },
    stuck: { heading: '遇到困难怎么办', intro: '运营商不受理注销或一直没有答复时，可以按顺序试：' },
    startOver: {
      heading: '重新开始',
      button: '清空这个号码的清单',
      confirm: '确定清除这个号码的所有进度、回答和备注吗？其他号码不受影响。',
      yes: '清除',
      no: '保留',
      done: '已清除这个号码的进度。',
      undo: '撤销',
    },
    history: {
      heading: '历史记录',
      empty: '还没有记录。',
      folded: (n) => `另有 ${n} 条更早的记录已合并，以节省空间。`,
      more: (n) => `查看更早的 ${n} 条`,
      otherList: '另一份清单上的一项',
      entry: (kind, subject, value) => {
        switch (kind) {
          case 'tick':
            return `勾选「${subject}」`;
          case 'notUsed':
            return `标为不涉及：「${subject}」`;
          case 'pending':
            return `标为待处理：「${subject}」`;
          case 'untick':
            return `取消勾选「${subject}」`;
          case 'answer':
            return `回答「${subject}」：${value}`;
          case 'method':
            return `选择注销方式：${value}`;
          case 'submit':
            return `提交注销申请：「${subject}」`;
          case 'confirm':
            return `记录运营商确认注销：${value}`;
          case 'unconfirm':
            return '撤销运营商确认';
        }
      },
    },
  },
  questions: {
    place: {
      help: '比如 +44 开头的英国号码（giffgaff、Lebara 等保号卡）、+852 的香港号码、+1 的美国号码。',
      changes: '中国大陆的号码和境外号码，注销的办法、日期和钱都不一样，清单会按你的回答列出要做的事。以后可以改，改回来时原来的勾选都还在。',
    },
  },
} satisfies PagesFile;
