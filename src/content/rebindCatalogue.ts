import type { ListGroup } from './types';

/**
 * The accounts that usually use a mainland phone number, to move to another number before cancelling.
 * Menu paths change between app versions: `where` says where the setting usually is, never promises it.
 */
export const rebindCatalogue: readonly ListGroup[] = [
  {
    id: 'payment',
    title: { zh: '支付和银行', en: 'Payment and banks' },
    items: [
      {
        id: 'bankReserved',
        title: { zh: '银行预留手机号（每家银行）', en: 'The phone number each bank holds for you (预留手机号)' },
        where: {
          zh: '通常要带身份证和银行卡去柜台改，有的银行可以在手机银行里改。',
          en: 'Usually changed at the counter with your ID and card; some banks let you do it in their app.',
        },
      },
      {
        id: 'bankSms',
        title: { zh: '银行动账短信通知的号码', en: 'The number for each bank’s account-alert texts' },
        where: {
          zh: '和预留手机号不一定是同一个，通常在手机银行的「短信通知」里改，或去柜台。',
          en: 'Not always the same as the number the bank holds; usually under “SMS alerts” in the banking app, or at the counter.',
        },
      },
      {
        id: 'creditCards',
        title: { zh: '信用卡', en: 'Credit cards' },
        where: {
          zh: '信用卡的手机号常常单独管，通常在信用卡 App 或手机银行的信用卡栏目里改，改不了就打信用卡客服。',
          en: 'Often kept apart from the bank account; usually changed in the card’s app or the credit-card part of the banking app, or by calling the card centre.',
        },
      },
      {
        id: 'alipay',
        title: { zh: '支付宝', en: 'Alipay' },
        where: { zh: '通常在「我的 → 设置 → 账号与安全 → 手机号」。', en: 'Usually under Me → Settings → Account and security → Phone number.' },
      },
      {
        id: 'wechatPay',
        title: { zh: '微信支付绑定的银行卡', en: 'Bank cards in WeChat Pay' },
        where: {
          zh: '卡上的手机号以银行预留手机号为准，先改好银行那边，再在微信「我 → 服务 → 钱包 → 银行卡」里核对；银行改好后，微信里的卡可能要解绑再重新绑定。',
          en: 'The cards follow the number the bank holds: change it at the bank first, then check under Me → Services → Wallet → Bank cards in WeChat; the card may need removing and adding again there.',
        },
      },
      {
        id: 'unionPay',
        title: { zh: '云闪付', en: 'UnionPay app (云闪付)' },
        where: { zh: '通常在「我的 → 设置 → 账户与安全」里。', en: 'Usually under My → Settings → Account and security.' },
      },
      {
        id: 'brokers',
        title: { zh: '证券、基金和理财 App', en: 'Broker, fund and investment apps' },
        where: {
          zh: '通常在 App 的「账户设置」或「个人资料」里，证券账户有时要视频认证。',
          en: 'Usually in the app’s account or profile settings; a brokerage account sometimes needs a video check.',
        },
      },
    ],
  },
  {
    id: 'social',
    title: { zh: '社交', en: 'Social' },
    items: [
      {
        id: 'wechat',
        title: { zh: '微信', en: 'WeChat' },
        where: { zh: '通常在「我 → 设置 → 账号与安全 → 手机号」。', en: 'Usually under Me → Settings → Account and security → Phone number.' },
      },
      {
        id: 'qq',
        title: { zh: 'QQ', en: 'QQ' },
        where: { zh: '通常在「设置 → 账号安全 → 手机号码」。', en: 'Usually under Settings → Account security → Phone number.' },
      },
      {
        id: 'weibo',
        title: { zh: '微博', en: 'Weibo' },
        where: { zh: '通常在「设置 → 账号与安全」里。', en: 'Usually under Settings → Account and security.' },
      },
      {
        id: 'douyin',
        title: { zh: '抖音', en: 'Douyin' },
        where: { zh: '通常在「我 → 设置 → 账号与安全」里。', en: 'Usually under Me → Settings → Account and security.' },
      },
      {
        id: 'xiaohongshu',
        title: { zh: '小红书', en: 'Xiaohongshu (RED)' },
        where: { zh: '通常在「设置 → 账号与安全」里。', en: 'Usually under Settings → Account and security.' },
      },
      {
        id: 'bilibili',
        title: { zh: '哔哩哔哩', en: 'Bilibili' },
        where: { zh: '通常在「设置 → 安全隐私 → 账号安全中心」里。', en: 'Usually in the app’s account security settings.' },
      },
    ],
  },
  {
    id: 'daily',
    title: { zh: '购物和生活', en: 'Shopping and daily life' },
    items: [
      {
        id: 'taobao',
        title: { zh: '淘宝和闲鱼', en: 'Taobao and Xianyu' },
        where: {
          zh: '两个 App 用同一个账号，通常在淘宝「设置 → 账号与安全」里改。',
          en: 'The two apps share one account; usually changed under Settings → Account and security in Taobao.',
        },
      },
      {
        id: 'jd',
        title: { zh: '京东', en: 'JD' },
        where: { zh: '通常在「我的 → 设置 → 账户与安全」里。', en: 'Usually under My → Settings → Account and security.' },
      },
      {
        id: 'pdd',
        title: { zh: '拼多多', en: 'Pinduoduo' },
        where: { zh: '通常在「个人中心 → 设置」里。', en: 'Usually under Personal centre → Settings.' },
      },
      {
        id: 'meituan',
        title: { zh: '美团和大众点评', en: 'Meituan and Dianping' },
        where: { zh: '通常在「我的 → 设置 → 账号与安全」里，两个 App 分别改。', en: 'Usually under My → Settings → Account and security, in each app.' },
      },
      {
        id: 'eleme',
        title: { zh: '饿了么', en: 'Ele.me (饿了么)' },
        where: { zh: '通常在「我的 → 设置 → 账户与安全」里。', en: 'Usually under My → Settings → Account and security.' },
      },
      {
        id: 'didi',
        title: { zh: '滴滴出行', en: 'DiDi' },
        where: { zh: '通常在「设置 → 账号与安全」里。', en: 'Usually under Settings → Account and security.' },
      },
      {
        id: 'ctrip',
        title: { zh: '携程', en: 'Ctrip (携程)' },
        where: { zh: '通常在「我的 → 设置 → 账户与安全」里。', en: 'Usually under My → Settings → Account and security.' },
      },
      {
        id: 'rail12306',
        title: { zh: '铁路 12306', en: '12306 (China Railway tickets)' },
        where: {
          zh: '通常在「我的 → 个人信息」里改，要用新号码收验证码核验。',
          en: 'Usually under My → Personal information; the new number has to be verified by code.',
        },
      },
      {
        id: 'utilities',
        title: { zh: '水电燃气缴费账户（如网上国网）', en: 'Electricity, water and gas accounts (such as 网上国网, the State Grid app)' },
        where: {
          zh: '通常在缴费 App 或小程序的「我的」里；户号上登记的电话可能要找供电、燃气公司改。',
          en: 'Usually under Me in the bill-paying app or mini-program; the number on the household account may need the utility company.',
        },
      },
      {
        id: 'baidu',
        title: { zh: '百度账号（百度 App、贴吧、百度网盘共用）', en: 'Baidu account (shared by the Baidu app, Tieba and Baidu Netdisk)' },
        where: { zh: '通常在百度 App 的设置里，找「账号与安全」。', en: 'Usually in the Baidu app’s settings, under account and security.' },
      },
      {
        id: 'addresses',
        title: { zh: '收货地址和快递 App 上的电话', en: 'The phone number on delivery addresses and courier apps' },
        where: {
          zh: '各购物 App 的「收货地址」和快递 App 里的联系电话，逐个改掉。',
          en: 'Change the contact number in each shopping app’s saved addresses and in courier apps.',
        },
      },
    ],
  },
  {
    id: 'government',
    title: { zh: '政务和公共服务', en: 'Government and public services' },
    items: [
      {
        id: 'tax',
        title: { zh: '个人所得税 App', en: 'Individual income tax app (个人所得税)' },
        where: { zh: '通常在「个人中心 → 安全中心」里，可能要人脸识别。', en: 'Usually in the personal centre’s security settings; it may ask for a face check.' },
      },
      {
        id: 'govService',
        title: { zh: '国家政务服务平台和本省政务 App', en: 'National and provincial government service apps' },
        where: {
          zh: '通常在「个人中心」的账号设置里，可能要人脸识别。',
          en: 'Usually in the account settings of the personal centre (个人中心); it may ask for a face check.',
        },
      },
      {
        id: 'socialInsurance',
        title: { zh: '社保和医保（电子社保卡、医保码）', en: 'Social and health insurance (electronic social security card, health insurance code)' },
        where: {
          zh: '通常在本地社保、医保 App 或小程序的「个人中心」里，部分地方要去窗口办理。',
          en: 'Usually in the personal centre of the local social or health insurance app or mini-program; some places need a visit to the office.',
        },
      },
      {
        id: 'housingFund',
        title: { zh: '住房公积金', en: 'Housing provident fund (公积金)' },
        where: {
          zh: '通常在本地公积金 App 或网厅的个人信息里，也可以去窗口改。',
          en: 'Usually in the personal details of the local housing fund app or online service, or at its office.',
        },
      },
      {
        id: 'traffic',
        title: { zh: '交管12123', en: 'Traffic management app (交管12123)' },
        where: { zh: '通常在「我的 → 设置」里，可能要人脸识别。', en: 'Usually under My → Settings; it may ask for a face check.' },
      },
      {
        id: 'chsi',
        title: { zh: '学信网', en: 'CHSI, the higher-education records site (学信网)' },
        where: { zh: '通常在账号的「安全设置」里。', en: 'Usually in the account’s security settings.' },
      },
    ],
  },
  {
    id: 'abroad',
    title: { zh: 'Apple、Google、微软等账号', en: 'International accounts' },
    items: [
      {
        id: 'apple',
        title: { zh: 'Apple 账户（受信任电话号码）', en: 'Apple Account (trusted phone number)' },
        where: {
          zh: '通常在 iPhone「设置 → 你的名字 → 登录与安全」里，先加新号码，再删旧号码。',
          en: 'Usually under Settings → your name → Sign-In & Security on an iPhone: add the new number before removing the old one.',
        },
      },
      {
        id: 'google',
        title: { zh: 'Google 账号', en: 'Google Account' },
        where: {
          zh: '通常在账号的「安全」设置里，包括恢复电话和两步验证的电话。',
          en: 'Usually in the account’s Security settings: the recovery phone and the two-step verification phone.',
        },
      },
      {
        id: 'microsoft',
        title: { zh: 'Microsoft 账户', en: 'Microsoft account' },
        where: { zh: '通常在账户的「安全」设置里。', en: 'Usually in the account’s Security settings.' },
      },
    ],
  },
  {
    id: 'security',
    title: { zh: '邮箱和账号安全', en: 'E-mail and account security' },
    items: [
      {
        id: 'emailRecovery',
        title: { zh: '邮箱的安全手机（找回密码用）', en: 'The recovery phone of your e-mail accounts' },
        where: { zh: '通常在邮箱的「账号与安全」或「密保」设置里。', en: 'Usually in each mailbox’s account or security settings.' },
      },
      {
        id: 'twoFactor',
        title: { zh: '用短信收验证码的两步验证', en: 'Two-step verification that sends codes by SMS' },
        where: {
          zh: '改成新号码，或改用身份验证器 App；用身份验证器的，也检查一下找回方式。',
          en: 'Move it to the new number or to an authenticator app; if you already use one, check its recovery options too.',
        },
      },
    ],
  },
  {
    id: 'operator',
    title: { zh: '运营商自己的服务', en: 'The operator’s own services' },
    items: [
      {
        id: 'operatorServices',
        title: {
          zh: '运营商的邮箱和云盘（如 139 邮箱、中国移动云盘（原和彩云）、沃邮箱、联通云盘、189 邮箱、天翼云盘）',
          en: 'The operator’s mail and cloud drive (such as 139 Mail, China Mobile Cloud Drive (formerly 和彩云), 沃邮箱, 联通云盘, 189 Mail, 天翼云盘)',
        },
        where: {
          zh: '这些服务可能随号码一起停用，先把要留的邮件和文件导出来。',
          en: 'They may stop with the number: export the mail and files you want to keep first.',
        },
      },
    ],
  },
  {
    id: 'other',
    title: { zh: '设备、工作和会员', en: 'Devices, work and memberships' },
    items: [
      {
        id: 'cloudDrives',
        title: { zh: '其他网盘和云相册', en: 'Other cloud drives and photo backups' },
        where: { zh: '通常在 App 的「账号与安全」里。', en: 'Usually in the app’s account and security settings.' },
      },
      {
        id: 'phoneMaker',
        title: { zh: '手机和手表厂商账号（华为、小米、OPPO、vivo 等）', en: 'Phone and watch makers’ accounts (Huawei, Xiaomi, OPPO, vivo and others)' },
        where: { zh: '通常在手机「设置」最上方的账号里，找「账号与安全」。', en: 'Usually in the account at the top of the phone’s Settings, under account and security.' },
      },
      {
        id: 'smartDevices',
        title: { zh: '智能家居和穿戴设备的 App（门锁、摄像头、手表等）', en: 'Apps for smart home devices and wearables (door locks, cameras, watches and others)' },
        where: {
          zh: '通常在设备 App 的账号设置里；有的设备会给这个号码发报警短信，也要改。',
          en: 'Usually in the device app’s account settings; some devices send alerts by text to this number, so change that too.',
        },
      },
      {
        id: 'workApps',
        title: { zh: '工作软件（钉钉、企业微信、飞书）', en: 'Work apps (DingTalk, WeCom, Feishu)' },
        where: {
          zh: '通常在「设置 → 账号与安全」里；企业通讯录里的号码可能要找管理员改。',
          en: 'Usually under Settings → Account and security; the number in the company directory may need the administrator.',
        },
      },
      {
        id: 'memberships',
        title: { zh: '会员和积分（视频网站、航空公司、酒店、超市）', en: 'Memberships and points (video sites, airlines, hotels, supermarkets)' },
        where: { zh: '在各自的 App 或会员服务台改，积分多的先改。', en: 'Change it in each app or at the member service desk; start with those holding the most points.' },
      },
      {
        id: 'games',
        title: { zh: '游戏账号', en: 'Game accounts' },
        where: {
          zh: '通常在游戏平台（如网易、米哈游）的账号安全设置里；用微信或 QQ 登录的，跟着微信、QQ 改。',
          en: 'Usually in the game platform’s account security settings; games you log in to with WeChat or QQ follow those accounts.',
        },
      },
    ],
  },
];
