import type { PageWords } from '../words';

/** The words of the task, questions, print and data pages, in Chinese: loaded with the first of them opened. */
export const zhPages: PageWords = {
  ui: {
    elsewhere: '这份清单按中国大陆的情况写。境外的号码（比如预付费卡）常常是长期不充值就自动失效，具体问那边的运营商；号码上绑定的账号一样要先换绑。',
    nav: { back: '← 返回清单', nextTask: (title) => `清单里的下一项：${title} →` },
    questionsPage: { change: '修改', changeLabel: (q) => `修改回答：${q}` },
    task: {
      done: '这一项我已经做完了',
      submitted: '我已经提交了注销申请',
      refused: (reasons) => `现在还不能勾选：${reasons}。`,
      waitsOn: '先做这些：',
      whyItMatters: '为什么要先做：',
      notApplicable: '根据你的回答，这一项不用做',
      navLabel: '清单里的位置',
    },
    print: {
      intro: '打印整份清单，去营业厅或打客服电话时对照。历史记录默认不打印。',
      withHistory: '同时打印历史记录',
      button: '打印',
      printedOn: (date) => `打印于 ${date}`,
      notAnswered: '未回答',
      doneOn: (date) => `${date} 完成`,
      pending: '（要看你的回答）',
      note: '备注：',
    },
    notFound: '这个地址没有对应的页面，可能是旧链接。',
    ask: '可以问运营商：',
    say: '可以这样说：',
    methodLegend: '怎么注销',
    copy: { ask: '复制这些问题', say: '复制这段话', copied: '已复制。', selected: '浏览器不让直接复制，文字已选中，请长按或按 Ctrl+C 复制。' },
    answer: { yes: '是', no: '否', unsure: '不确定' },
    unsureNote: '你选了「不确定」，核实之前清单先留着这一项。',
    cannotStart: '暂不能开始：',
    tickedOn: (when) => `${when}勾选`,
    note: {
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
      heading: '全部重来',
      button: '全部重来',
      confirm: '确定清除这里的所有进度、回答和备注吗？',
      yes: '清除',
      no: '保留',
      done: '已清除全部进度。',
      undo: '撤销',
    },
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
  groups: {
    check: {
      intro: '欠费、没到期的协议、共用的套餐，常常是办不了注销的原因。先想清楚要不要注销，再向运营商问清楚。',
    },
    prepare: {
      intro: '运营商要核实办理人是机主本人，或有机主授权。线上办一般要拍照上传，去营业厅要带原件。',
    },
    protect: {
      intro: '原文把注意事项放在最后，但这些事必须在注销之前做：号码一注销，验证码就收不到了。',
    },
    cancel: {
      intro: '运营商的 App 和营业厅里，注销常叫「销户」或「预约销户」。线上办不用跑一趟，去营业厅能当面问清楚。',
    },
    after: {
      intro: '交了申请还不算注销完。等运营商确认，再收尾。',
    },
  },
  questions: {
    unpaidBills: {
      help: '指已经出账、还没交的话费、流量费或增值业务费。本月还没出账的费用，注销时都要一并结清，清单里另有一项。',
      changes: '选「是」会加上「交清欠费」。',
      unsureAdvice: '在查清之前，清单先按「是」处理。打运营商客服或在官方 App 里就能查到。',
    },
    contract: {
      help: '例如在网期限、保底消费、靓号协议，或用这个号码办的合约机。',
      changes: '选「是」会加上「处理没到期的协议」和「找出协议」。',
      unsureAdvice: '在问清之前，清单先按「是」处理。',
    },
    balance: {
      changes: '选「是」会加上「处理余额：用完、退还或转走」，并问你打不打算退余额。',
      unsureAdvice: '在查清余额之前，清单先按「是」处理。',
    },
    refund: {
      help: '选「否」表示你会先用完、转到别的号码，或者放弃。',
      changes: '选「是」会在注销之后加上「确认余额退款到账」。',
      unsureAdvice: '还没决定的话，清单先按「是」处理，注销后提醒你留意退款是否到账。',
    },
    ownName: {
      help: '也就是说，你是不是机主。号码可能是家人用自己的证件办的。',
      changes: '选「否」会加上「机主授权书和双方身份证件」，并建议去营业厅办。',
      unsureAdvice: '在查清之前，清单先按「否」准备材料。可以问运营商，或用「一证通查」看你名下登记了几个号码。',
    },
    proxy: {
      changes: '选「是」会加上「机主授权书和双方身份证件」，并建议去营业厅办。',
      unsureAdvice: '还没决定的话，清单先按「是」准备授权材料。',
    },
    bundle: {
      changes: '选「是」会加上「先解除主副卡、家庭网或融合套餐关系」。',
      unsureAdvice: '在问清之前，清单先按「是」处理。',
    },
    sharedDevice: {
      help: '例如「一号双终端」「一号多终端」这类业务：手表用的是同一个号码。',
      changes: '选「是」会加上「先停掉共用号码的业务」。',
      unsureAdvice: '在查清之前，清单先按「是」处理。',
    },
    lockedDevice: {
      changes: '选「是」会加上「确认设备已解锁」。',
      unsureAdvice: '在查清之前，清单先按「是」处理。',
    },
    esim: {
      help: 'eSIM 是装在手机或手表里的电子卡，没有实体卡片。',
      changes: '选「是」会加上「运营商确认注销前，不删 eSIM」，注销后再提醒你删。',
      unsureAdvice: '在查清之前，清单先按「是」处理：运营商确认注销前，不要删手机里的任何 eSIM。',
    },
  },
  tasks: {
    decide: {
      detail: '号码注销后一般就回不来了，过一段时间会重新放给别人。如果只是嫌贵，可以改成运营商最便宜的套餐（俗称保号套餐，保号卡本身就是这种）；如果只是想换运营商，可以携号转网，号码不变（一般发短信就能查能不能转，具体问运营商）。',
    },
    checkStatus: {
      detail: '打客服电话（中国移动 10086、中国联通 10010、中国电信 10000、中国广电 10099）或在官方 App 里查：有没有欠费、协议、余额，号码有没有挂失或停机。',
      ask: [
        '现在有没有欠费？本月还没出账的费用大概多少，注销时怎么结？',
        '号码有没有在网期限、保底消费、靓号协议或合约机？什么时候到期，提前解除要付多少？',
        '号码在不在主副卡、家庭网或融合套餐里？要先拆分吗？',
        '余额有多少？能退吗，怎么退、多久到账？能转到我别的号码吗？积分和优惠券怎么办？',
        '注销是马上生效，还是到月底生效？',
        '我能线上办吗？哪些营业厅能办？',
        '办完会给我什么凭证（受理单、业务流水号、注销证明）？',
      ],
    },
    settleBills: { detail: '把已经出账的欠费交清，保留缴费记录。' },
    endContract: { detail: '问清还剩多久、提前解除要付多少违约金，再决定是等到期，还是付违约金提前解约。' },
    splitBundle: { detail: '主副卡、家庭网或宽带融合套餐里的号码，通常要先拆分或变更套餐，常常要去营业厅。如果这个号码是主卡或融合套餐的主号，副卡和宽带可能受影响，先问清楚。' },
    endSharedDevice: { detail: '手表等设备共用这个号码的业务（如「一号双终端」）挂在这个号码上，通常要先取消。手表以后还要用的话，先给它换一个号码。' },
    idDocument: { detail: '身份证、护照或其他有效证件，用办这个号码时登记的那一种，带原件。' },
    accountInfo: { detail: '服务密码忘了的话，先在官方 App 或营业厅重置。' },
    deviceUnlock: { detail: '合约机或被锁定的设备，先问运营商怎么解锁，否则注销后可能用不了别的卡。' },
    contractPapers: { detail: '办卡或办合约时签的协议，纸质的或 App 里的电子版都行。' },
    authorisation: { detail: '不是机主本人办，通常要机主写的授权书，加上机主和代办人双方的身份证件原件，并且要去营业厅。具体要什么，先问运营商。' },
    backup: { detail: '把存在 SIM 卡里的联系人和要留的短信（如银行、运营商的通知）导出到手机、电脑或云端。' },
    rebind: {
      detail: '号码注销后会冻结一段时间，再放给别人。还绑在上面的账号，下一位机主可能用短信验证码登进去；你自己也收不到验证码了。一项项换成新号码，用不到的标「我不用」。找漏掉的：「一键查询」能列出你用这个号码期间注册的账号；「一证通查2.0」只显示关联了几个账号，看不到是哪些；在短信里搜「验证码」看都有谁给你发过。「一键解绑」是解除上一位机主留下的绑定，帮不了正在注销的你。有的运营商在重新放号前会通知部分 App，但这代替不了你自己换绑。',
    },
    stopAutoPay: { detail: '这些扣款挂在号码上，号码重新放出后可能替陌生人付钱。一项项停掉，没开过的标「我不用」。' },
    handleBalance: { detail: '可以先用完，或申请退还（问清怎么退、多久到账），有的运营商还能转到你在同一运营商的另一个号码。赠送的余额通常不退。积分和优惠券也趁现在用掉。' },
    finalBill: { detail: '本月已经用了、还没出账的费用，注销时会一起结清，通常从余额里扣或要你补交。注销什么时候生效（马上还是月底）各家不同，问运营商。' },
    keepEsim: { detail: '删掉 eSIM 不等于注销号码，而且删了通常装不回来。等运营商确认注销后再删，清单最后会提醒你。' },
    reachable: { detail: '验证码和运营商的通知都发到这个号码，办完之前手机别关机，也别让号码欠费停机。' },
    onlineOpen: { detail: '只用运营商官方渠道，不点别人发来的链接，不找第三方代办。找不到或不支持线上办，就改成去营业厅。' },
    onlineForm: { detail: '姓名、证件号码、手机号码等，填完逐项核对。' },
    onlineUpload: { detail: '照片要清楚完整，只传页面要求的材料。' },
    onlineSubmit: { detail: '提交后截图，记下订单号或业务流水号。' },
    storeFind: { detail: '一般要去运营商自有营业厅，合作营业厅和代理点常常办不了。从 2019 年起，一般在外省也能办注销。出发前打客服电话，问清哪家能办、要带什么。' },
    storeAsk: {
      say: '你好，我想给 ____ 这个号码办销户。我是机主（或：我替机主 ____ 来办，这是授权书和我们两人的身份证件）。麻烦帮我查一下有没有欠费、协议和余额，注销什么时候生效。办完麻烦给我受理单；能开注销证明的话也请开一份。',
    },
    storeSubmit: { detail: '签字前核对受理单上的号码和生效时间。' },
    keepProof: { detail: '营业厅通常会给受理单，上面有业务流水号；正式的注销证明有时要主动要。线上办的，保存截图和申请编号。都拍照留底。' },
    operatorConfirmed: {
      detail: '注销可能马上生效，也可能到月底才生效（预约销户）。号码停用后没法再用验证码登录查，可以这样确认：凭受理单或业务流水号打客服电话查办理状态；用「一证通查」看机主名下的号码数少了一个；用别的手机打这个号码，听是否提示空号或停机。记下确认日期和编号。',
    },
    refundReceived: { detail: '记下退款方式和预计到账时间，到时候没到账就打客服电话，报受理单上的编号。' },
    removeEsim: { detail: '通常在手机的「设置 → 蜂窝网络」或「移动网络」里。' },
    destroySim: { detail: '剪断卡上的金属芯片再扔。' },
    recheckBindings: { detail: '号码通常会冻结一段时间（常见说法是约三个月）再放给别人。在那之前，再登录银行、支付、社交和政务 App，看绑定的手机号是不是都换成了新号码。' },
  },
  listGroups: {
    'rebind.payment': '支付和银行',
    'rebind.social': '社交',
    'rebind.daily': '购物和生活',
    'rebind.government': '政务和公共服务',
    'rebind.abroad': 'Apple、Google、微软等账号',
    'rebind.security': '邮箱和账号安全',
    'rebind.operator': '运营商自己的服务',
    'rebind.other': '设备、工作和会员',
    'stopAutoPay.payments': '自动扣款',
  },
  items: {
    'rebind.bankReserved': { title: '银行预留手机号（每家银行）', where: '通常要带身份证和银行卡去柜台改，有的银行可以在手机银行里改。' },
    'rebind.bankSms': { title: '银行动账短信通知的号码', where: '和预留手机号不一定是同一个，通常在手机银行的「短信通知」里改，或去柜台。' },
    'rebind.creditCards': { title: '信用卡', where: '信用卡的手机号常常单独管，通常在信用卡 App 或手机银行的信用卡栏目里改，改不了就打信用卡客服。' },
    'rebind.alipay': { title: '支付宝', where: '通常在「我的 → 设置 → 账号与安全 → 手机号」。' },
    'rebind.wechatPay': {
      title: '微信支付绑定的银行卡',
      where: '卡上的手机号以银行预留手机号为准，先改好银行那边，再在微信「我 → 服务 → 钱包 → 银行卡」里核对；银行改好后，微信里的卡可能要解绑再重新绑定。',
    },
    'rebind.unionPay': { title: '云闪付', where: '通常在「我的 → 设置 → 账户与安全」里。' },
    'rebind.brokers': { title: '证券、基金和理财 App', where: '通常在 App 的「账户设置」或「个人资料」里，证券账户有时要视频认证。' },
    'rebind.wechat': { title: '微信', where: '通常在「我 → 设置 → 账号与安全 → 手机号」。' },
    'rebind.qq': { title: 'QQ', where: '通常在「设置 → 账号安全 → 手机号码」。' },
    'rebind.weibo': { title: '微博', where: '通常在「设置 → 账号与安全」里。' },
    'rebind.douyin': { title: '抖音', where: '通常在「我 → 设置 → 账号与安全」里。' },
    'rebind.xiaohongshu': { title: '小红书', where: '通常在「设置 → 账号与安全」里。' },
    'rebind.bilibili': { title: '哔哩哔哩', where: '通常在「设置 → 安全隐私 → 账号安全中心」里。' },
    'rebind.taobao': { title: '淘宝和闲鱼', where: '两个 App 用同一个账号，通常在淘宝「设置 → 账号与安全」里改。' },
    'rebind.jd': { title: '京东', where: '通常在「我的 → 设置 → 账户与安全」里。' },
    'rebind.pdd': { title: '拼多多', where: '通常在「个人中心 → 设置」里。' },
    'rebind.meituan': { title: '美团和大众点评', where: '通常在「我的 → 设置 → 账号与安全」里，两个 App 分别改。' },
    'rebind.eleme': { title: '饿了么', where: '通常在「我的 → 设置 → 账户与安全」里。' },
    'rebind.didi': { title: '滴滴出行', where: '通常在「设置 → 账号与安全」里。' },
    'rebind.ctrip': { title: '携程', where: '通常在「我的 → 设置 → 账户与安全」里。' },
    'rebind.rail12306': { title: '铁路 12306', where: '通常在「我的 → 个人信息」里改，要用新号码收验证码核验。' },
    'rebind.utilities': { title: '水电燃气缴费账户（如网上国网）', where: '通常在缴费 App 或小程序的「我的」里；户号上登记的电话可能要找供电、燃气公司改。' },
    'rebind.baidu': { title: '百度账号（百度 App、贴吧、百度网盘共用）', where: '通常在百度 App 的设置里，找「账号与安全」。' },
    'rebind.addresses': { title: '收货地址和快递 App 上的电话', where: '各购物 App 的「收货地址」和快递 App 里的联系电话，逐个改掉。' },
    'rebind.tax': { title: '个人所得税 App', where: '通常在「个人中心 → 安全中心」里，可能要人脸识别。' },
    'rebind.govService': { title: '国家政务服务平台和本省政务 App', where: '通常在「个人中心」的账号设置里，可能要人脸识别。' },
    'rebind.socialInsurance': { title: '社保和医保（电子社保卡、医保码）', where: '通常在本地社保、医保 App 或小程序的「个人中心」里，部分地方要去窗口办理。' },
    'rebind.housingFund': { title: '住房公积金', where: '通常在本地公积金 App 或网厅的个人信息里，也可以去窗口改。' },
    'rebind.traffic': { title: '交管12123', where: '通常在「我的 → 设置」里，可能要人脸识别。' },
    'rebind.chsi': { title: '学信网', where: '通常在账号的「安全设置」里。' },
    'rebind.apple': { title: 'Apple 账户（受信任电话号码）', where: '通常在 iPhone「设置 → 你的名字 → 登录与安全」里，先加新号码，再删旧号码。' },
    'rebind.google': { title: 'Google 账号', where: '通常在账号的「安全」设置里，包括恢复电话和两步验证的电话。' },
    'rebind.microsoft': { title: 'Microsoft 账户', where: '通常在账户的「安全」设置里。' },
    'rebind.emailRecovery': { title: '邮箱的安全手机（找回密码用）', where: '通常在邮箱的「账号与安全」或「密保」设置里。' },
    'rebind.twoFactor': { title: '用短信收验证码的两步验证', where: '改成新号码，或改用身份验证器 App；用身份验证器的，也检查一下找回方式。' },
    'rebind.operatorServices': {
      title: '运营商的邮箱和云盘（如 139 邮箱、中国移动云盘（原和彩云）、沃邮箱、联通云盘、189 邮箱、天翼云盘）',
      where: '这些服务可能随号码一起停用，先把要留的邮件和文件导出来。',
    },
    'rebind.cloudDrives': { title: '其他网盘和云相册', where: '通常在 App 的「账号与安全」里。' },
    'rebind.phoneMaker': { title: '手机和手表厂商账号（华为、小米、OPPO、vivo 等）', where: '通常在手机「设置」最上方的账号里，找「账号与安全」。' },
    'rebind.smartDevices': { title: '智能家居和穿戴设备的 App（门锁、摄像头、手表等）', where: '通常在设备 App 的账号设置里；有的设备会给这个号码发报警短信，也要改。' },
    'rebind.workApps': { title: '工作软件（钉钉、企业微信、飞书）', where: '通常在「设置 → 账号与安全」里；企业通讯录里的号码可能要找管理员改。' },
    'rebind.memberships': { title: '会员和积分（视频网站、航空公司、酒店、超市）', where: '在各自的 App 或会员服务台改，积分多的先改。' },
    'rebind.games': { title: '游戏账号', where: '通常在游戏平台（如网易、米哈游）的账号安全设置里；用微信或 QQ 登录的，跟着微信、QQ 改。' },
    'stopAutoPay.autoTopUp': { title: '话费自动充值', where: '通常在支付宝、微信或运营商 App 的「自动充值」「自动缴费」里。' },
    'stopAutoPay.bankDebit': { title: '银行代扣', where: '通常在手机银行的「代扣」「自动缴费」里，或问银行。' },
    'stopAutoPay.familyPay': { title: '亲情付（你替家人交话费，或家人替你交）', where: '通常在运营商 App 的「亲情付」或「代付」里，或打客服电话问。' },
  },
  methods: {
    online: { label: '线上注销（运营商官方 App 或官网）', caution: '线上注销一般要机主本人做人脸识别。号码不在你名下，或者由别人代办，通常只能去营业厅。' },
    store: { label: '去营业厅办' },
  },
  stuck: [
    { title: '打运营商客服电话', detail: '说明要注销、卡在哪一步，记下工单号。' },
    { title: '向运营商投诉', detail: '客服解决不了，就走运营商的正式投诉渠道，保留沟通记录。' },
    { title: '向工信部电信用户申诉（12300）', detail: '向运营商投诉后还没解决，可以向工业和信息化部电信用户申诉受理中心（12300）申诉。' },
  ],
};
