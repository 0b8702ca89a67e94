import type { PathPagesFile } from '../words';

/** What a mainland number's task and questions pages say, in English: loaded with the first of those pages. */
export const enMainlandPages = {
  ui: {
    elsewhere: 'This list is for a mainland Chinese number. If yours is from abroad (a UK, Hong Kong or US SIM kept for codes, say), change your answer to the first question and the list changes to one for it.',
  },
  groups: {
    check: {
      intro: 'Money owed, an agreement that has not ended and a shared plan are common reasons a cancellation cannot go through. Decide first, then ask the operator.',
    },
    prepare: {
      intro: 'The operator needs to know that whoever does it is the holder, or has the holder’s authorisation. Online you usually upload photos; in a store you bring the originals.',
    },
    protect: {
      intro: 'Do these before you cancel: once the number is gone, its verification codes stop arriving.',
    },
    cancel: {
      intro: 'Operators’ apps and staff often call cancelling 销户 or 预约销户. Online saves a trip; in a store you can ask questions face to face.',
    },
    after: {
      intro: 'Handing in the request is not the end. Wait for the operator to confirm, then finish off.',
    },
  },
  questions: {
    unpaidBills: {
      help: 'Bills already issued and not yet paid: calls, data, add-on services. This month’s charges that are not billed yet are settled at cancellation for everyone; that has its own task.',
      changes: 'Yes adds “Pay what the number owes”.',
      unsureAdvice: 'Until you have checked, the list treats this as “Yes”. Customer service or the operator’s app can tell you.',
    },
    contract: {
      help: 'For example a minimum term, a minimum monthly spend, a premium-number (靓号) agreement, or a phone bought on this plan.',
      changes: 'Yes adds “Deal with the agreement that has not ended” and “Find the agreement”.',
      unsureAdvice: 'Until you have asked your operator, the list treats this as “Yes”.',
    },
    balance: {
      changes: 'Yes adds “Check the credit and decide: spend it, get it back or move it” and asks whether you want it refunded.',
      unsureAdvice: 'Until you have checked the balance, the list treats this as “Yes”.',
    },
    refund: {
      help: 'No means you will spend it, move it to another number, or give it up.',
      changes: 'Yes adds “Check the refund has arrived” after the cancellation.',
      unsureAdvice: 'Until you decide, the list treats this as “Yes” and reminds you to watch for the refund.',
    },
    ownName: {
      help: 'That is, are you the registered holder? A relative may have registered it with their own ID.',
      changes: 'No adds “The holder’s authorisation and both IDs” and points you to a store.',
      unsureAdvice: 'Until you have checked, the list assumes “No” and includes the authorisation papers. Ask the operator, or use 一证通查 to see how many numbers are registered in your name.',
    },
    proxy: {
      changes: 'Yes adds “The holder’s authorisation and both IDs” and points you to a store.',
      unsureAdvice: 'Until you decide, the list treats this as “Yes” and includes the authorisation.',
    },
    bundle: {
      changes: 'Yes adds “Take the number out of the shared plan first”.',
      unsureAdvice: 'Until you have asked your operator, the list treats this as “Yes”.',
    },
    sharedDevice: {
      help: 'For example a “one number, two devices” service, where a watch uses the same number.',
      changes: 'Yes adds “End the shared-number service first”.',
      unsureAdvice: 'Until you have checked, the list treats this as “Yes”.',
    },
    lockedDevice: {
      changes: 'Yes adds “Make sure the device is unlocked”.',
      unsureAdvice: 'Until you have checked, the list treats this as “Yes”.',
    },
    esim: {
      help: 'An eSIM is a profile installed on a phone or watch, with no plastic card.',
      changes: 'Yes adds “Keep the eSIM until the operator confirms”, and reminds you to delete it afterwards.',
      unsureAdvice: 'Until you know, the list treats this as “Yes”: delete no eSIM from the phone before the operator confirms.',
    },
  },
  tasks: {
    decide: {
      why: 'A cancelled number usually cannot be recovered: make sure this is what you want.',
      detail: 'A cancelled number usually cannot be recovered, and after a while it is given to someone else. If the cost is the problem, the operator’s cheapest plan keeps the number; if you only want another operator, porting (携号转网) keeps the number too (you can usually check by SMS whether it can be ported; ask your operator). Simply stopping paying and letting the line be suspended is not cancelling it: the debt may stay in your name, and the number is usually given to someone else later with every account still on it.',
    },
    checkStatus: {
      why: 'You have not asked the operator about the account: there may be charges or restrictions you do not know about.',
      detail: 'Call customer service (China Mobile 10086, China Unicom 10010, China Telecom 10000, China Broadnet 10099) or look in the operator’s app: money owed, agreements, credit, and whether the number is reported lost or suspended.',
      ask: [
        'Is anything owed now? Roughly how much is this month’s unbilled usage, and how is it settled at cancellation?',
        'Is there a minimum term, a minimum spend, a premium-number agreement or a contract phone? When does it end, and what does ending it early cost?',
        'Is the number in a shared plan or a bundle? Does it have to be taken out first?',
        'How much credit is there? Can it be refunded, how, and how long does it take? Can it move to another of my numbers? What about points and coupons?',
        'Does the cancellation take effect at once, or at the end of the month?',
        'Can I do it online? Which stores can do it?',
        'What proof will I get (a receipt, a reference number, a cancellation certificate)?',
      ],
    },
    settleBills: { why: 'While money is owed, operators usually will not cancel.', detail: 'Pay the bills already issued and keep the receipt. Pay before moving your accounts: a line suspended for unpaid bills (欠费停机) may receive no codes.' },
    endContract: {
      why: 'While an agreement runs, you usually have to end it or pay a fee before you can cancel.',
      detail: 'Ask how long is left and what ending it early costs, then decide whether to wait for the end or pay and end it now.',
    },
    splitBundle: {
      why: 'The number is still in a shared plan: operators usually want it taken out first.',
      detail: 'A number in a shared plan or a broadband bundle usually has to be taken out or the plan changed first, often in a store. If this is the main number of the plan, the secondary cards and the broadband may be affected: ask first.',
    },
    endSharedDevice: {
      why: 'The shared-number service is still on: it usually has to be ended before the line can be cancelled.',
      detail: 'A service that lets a watch or other device share this number (such as “one number, two devices”) hangs off this line and usually has to be ended first. If the watch is staying in use, give it a number of its own first.',
    },
    idDocument: {
      why: 'Without ID the operator cannot check that you are the holder.',
      detail: 'ID card, passport or other valid ID: the one the number was registered with. Bring the original.',
    },
    accountInfo: {
      why: 'The operator checks the account with these; a missing one can stop you.',
      detail: 'If you have forgotten the service password, reset it first in the operator’s app or a store.',
    },
    deviceUnlock: {
      why: 'The device is not unlocked yet: after cancelling it may refuse other cards.',
      detail: 'For a contract phone or a locked device, ask the operator how to unlock it first, or it may not take another card afterwards.',
    },
    contractPapers: { why: 'With an agreement, the operator may ask to see it.', detail: 'The agreement you signed, on paper or the copy in the operator’s app.' },
    authorisation: {
      why: 'Without the holder’s authorisation, a cancellation by someone else is usually refused.',
      detail: 'When the holder is not the one going, operators usually want a letter of authorisation from the holder and the original IDs of both people, and it usually has to be done in a store. A number registered to an employer usually needs a letter from the company bearing its official stamp (公章). Ask your operator exactly what they need.',
    },
    backup: {
      why: 'Nothing is backed up yet: after cancelling it may be gone.',
      detail: 'Copy contacts stored on the SIM and messages you need to keep to the phone, a computer or cloud storage.',
    },
    rebind: {
      why: 'Once the number is cancelled their codes stop, and its next holder could get into them.',
      detail: 'Mark each account: to change, changed or not on this number. Move or close the ones you no longer use too.',
    },
    stopAutoPay: {
      why: 'Automatic payments are still on: once the number is re-issued they could keep paying for someone else.',
      detail: 'These payments are tied to the number; once it is re-issued they could pay for a stranger. Stop each one; mark the ones you never set up.',
    },
    handleBalance: {
      why: 'Credit may be lost once the number is cancelled: know how much there is and how a refund is paid, so you can ask for it at the counter or in the online form.',
      detail: 'Find out how much credit there is, whether it can be refunded, how and how long it takes; some operators can move it to another of your numbers with them. You can spend it; a refund is usually asked for when you cancel: at the counter, or in the online form if it offers one (if not, ask customer service first). The list will remind you. Bonus credit is usually not refunded. Use up points and coupons now too.',
    },
    finalBill: {
      why: 'This month’s charges are settled at cancellation; without them covered it may not go through.',
      detail: 'What you have used this month and not yet been billed for is settled at cancellation, usually from the credit or as a last payment. When the cancellation takes effect (at once or at the end of the month) varies: ask your operator.',
    },
    keepEsim: {
      why: 'Deleting the eSIM early cuts you off from codes and does not cancel the line.',
      detail: 'Deleting the eSIM does not cancel the line, and a deleted eSIM usually cannot be put back. Delete it only after the operator confirms; the list reminds you at the end.',
    },
    reachable: {
      why: 'While cancelling you need to receive codes and the operator’s notices.',
      detail: 'Codes and the operator’s notices come to this number: keep the phone on and the line working until it is done.',
    },
    onlineOpen: {
      why: 'Only the operator’s own page is safe (a link someone sends may be a scam), and finding it tells you whether it can be done online.',
      detail: 'Use only the operator’s own app or site; never a link someone sent you or a third-party agent. If there is no online cancellation, choose the store instead.',
    },
    onlineForm: {
      why: 'Filling it in is asking to cancel, and some flows submit soon after: do it only once your accounts, data and money are protected.',
      detail: (f) =>
        `Name, ID number, phone number and so on: check each one before you go on.${f.refund ? ' If the form offers a refund of the credit, choose it and give the account to pay it into; note how it is paid and how long it takes. If it does not, ask customer service how to ask for the refund before you submit.' : ''}`,
    },
    onlineUpload: {
      why: 'Some flows submit the cancellation as soon as the face check passes: do it only once your accounts, data and money are protected.',
      detail: 'Clear, complete photos; upload only what the page asks for. Before the face check, make sure everything before it is done.',
    },
    onlineSubmit: { why: 'Once submitted, the operator starts cancelling: everything before was for this step.', detail: 'After submitting, take a screenshot and note the order or reference number.' },
    storeFind: {
      why: 'Not every store can cancel a number: asking first can save you a wasted trip.',
      detail: 'It usually has to be one of the operator’s own stores; agents often cannot do it. Since 2019 it can usually be done in another province too, but a number with an agreement, a bundle or a secondary card may have to be cancelled in its home province: ask when you call. Call customer service to ask which store and what to bring: asking does not start the cancellation.',
    },
    storeAsk: {
      why: 'Staff may cancel the number on the spot: go only once your accounts, data and money are protected.',
      detail: 'Bring your original ID and anything else you were told on the phone to bring. The words below follow your answers: you can read them out.',
      say: (f) =>
        [
          'Hello, I’d like to cancel the number ____ (销户). ',
          f.forHolder ? 'I am here for the holder, ____: here are the holder’s authorisation and both our IDs. ' : 'I am the holder; here is my ID. ',
          f.contract ? 'The number is under an agreement: could you check whether it has ended, and if not, what ending it early costs? ' : '',
          f.sharedDevice ? 'This number has a watch sharing it (一号双终端): could you check that the service has been cancelled? ' : '',
          'Could you check for money owed, and how this month’s unbilled charges will be settled? ',
          f.refund ? 'I’d like the credit refunded: how is it paid, how long does it take, and to which account? ' : '',
          'Does the cancellation take effect at once or at the end of the month? Afterwards, please give me the receipt, and a cancellation certificate if you can issue one.',
        ].join(''),
    },
    storeSubmit: { why: 'Signing is the formal request to cancel: check the form once more before you sign.', detail: 'Before you sign, check the number and the effective date on the form.' },
    keepProof: {
      why: 'You have not kept the proof of cancellation yet.',
      detail: 'A store often hands over a receipt (受理单) with a reference number (业务流水号); a formal certificate (注销证明) sometimes has to be asked for. Online, keep the screenshot and application number. Photograph everything.',
    },
    operatorConfirmed: {
      why: 'The operator has not confirmed the cancellation yet.',
      detail: 'It may take effect at once or at the end of the month (预约销户). Once the line is dead you cannot log in with a code to check, so confirm it another way: call customer service with the receipt or reference number and ask for the status; check that 一证通查 shows one number fewer in the holder’s name; call the number from another phone and listen for “not in service” or “suspended”. Record the date and any reference.',
    },
    refundReceived: {
      why: 'The refund has not arrived yet.',
      detail: 'Note how and when the refund will be paid; if it has not arrived by then, call customer service and quote the reference on your receipt.',
    },
    removeEsim: { why: 'The old eSIM is still on the phone.', detail: 'Usually under Settings → Mobile data (or Cellular) on the phone.' },
    destroySim: { why: 'The old SIM card has not been dealt with.', detail: 'Cut through the metal chip before you throw it away.' },
    recheckBindings: {
      why: 'You have not checked the accounts again.',
      detail: 'A number is usually frozen for a while (often said to be about three months) before it is given to someone else. Before then, log in to your bank, payment, social and government apps again and check that the phone number on each account is the new one.',
    },
    chooseMethod: { why: 'Online and in a store take different steps: once you choose, the list can tell you what comes next.' },
  },
  listGroups: {
    'rebind.payment': 'Banks and payments',
    'rebind.credit': 'Loans, credit, insurance',
    'rebind.social': 'Social',
    'rebind.daily': 'Shopping and daily life',
    'rebind.government': 'Government',
    'rebind.security': 'E-mail, logins',
    'rebind.operator': 'Operator and phone bill',
    'rebind.other': 'Work, cloud and devices',
    'rebind.tell': 'People to tell',
    'stopAutoPay.payments': 'Automatic payments',
  },
  items: {
    'rebind.banks': {
      title: 'Banks (one entry each)',
      where: 'Each bank usually holds two numbers, and both need changing: the one it holds for you (预留手机号, the reserved number) and the one for account-alert texts, which is not always the same. Usually done at the counter with your ID and card; some banks let you do it in their app.',
    },
    'rebind.creditCards': {
      title: 'Credit cards',
      where: 'Often kept apart from the bank account; usually changed in the card’s app or the credit-card part of the banking app, or by calling the card centre.',
    },
    'rebind.alipay': {
      title: 'Alipay',
      where: 'Usually under Me → Settings → Account and security → Phone number. The bank cards in Alipay use the number each bank holds, which you change at the bank.',
    },
    'rebind.wechatPay': {
      title: 'Bank cards in WeChat Pay',
      where: 'The cards follow the number the bank holds: change it at the bank first, then check under Me → Services → Wallet → Bank cards in WeChat; the card may need removing and adding again there.',
    },
    'rebind.unionPay': { title: 'UnionPay app (云闪付)', where: 'Usually under My → Settings → Account and security.' },
    'rebind.ecny': {
      title: 'Digital yuan app (数字人民币, e-CNY)',
      where: 'Usually in the account or security settings under Me in the app; if you cannot change it there, ask the bank that opened the wallet.',
    },
    'rebind.brokers': {
      title: 'Broker, fund and investment apps',
      where: 'Usually in the app’s account or profile settings; a brokerage account sometimes needs a video check.',
    },
    'rebind.huabei': {
      title: 'Huabei and Jiebei (花呗, 借呗: Alipay’s credit and loans)',
      where: 'They follow the Alipay account, so changing Alipay’s number is usually enough; if you still owe on them, check that repayment reminders reach the new number.',
    },
    'rebind.baitiao': {
      title: 'JD Baitiao and Jintiao (京东白条, 金条: JD’s credit and loans)',
      where: 'They follow the JD account; the number is usually checked under Settings → Account and security in the JD Finance app.',
    },
    'rebind.onlineLenders': {
      title: 'Other loan and instalment apps (online lenders, consumer finance)',
      where: 'Change it in each app’s account settings, or call customer service. If you still owe money, do not skip this: reminders and collection calls may otherwise reach the number’s next holder.',
    },
    'rebind.mortgage': {
      title: 'Mortgage and car loans',
      where: 'The number on the loan contract; usually changed with the lending bank or car-finance company, sometimes only at a branch.',
    },
    'rebind.insurance': {
      title: 'Insurance (the number on your policies)',
      where: 'Usually in the insurer’s app or WeChat official account, or by calling customer service; renewal and claim notices usually go to this number.',
    },
    'rebind.wechat': {
      title: 'WeChat',
      where: 'Usually under Me → Settings → Account and security → Phone number.',
    },
    'rebind.qq': { title: 'QQ', where: 'Usually under Settings → Account security → Phone number.' },
    'rebind.weibo': { title: 'Weibo', where: 'Usually under Settings → Account and security.' },
    'rebind.douyin': { title: 'Douyin', where: 'Usually under Me → Settings → Account and security.' },
    'rebind.kuaishou': { title: 'Kuaishou (快手)', where: 'Usually under Settings → Account and security.' },
    'rebind.xiaohongshu': { title: 'Xiaohongshu (RED)', where: 'Usually under Settings → Account and security.' },
    'rebind.bilibili': { title: 'Bilibili', where: 'Usually in the app’s account security settings.' },
    'rebind.taobao': {
      title: 'Taobao and Xianyu',
      where: 'The two apps share one account; usually changed under Settings → Account and security in Taobao.',
    },
    'rebind.jd': { title: 'JD', where: 'Usually under My → Settings → Account and security.' },
    'rebind.pdd': { title: 'Pinduoduo', where: 'Usually under Personal centre → Settings.' },
    'rebind.meituan': {
      title: 'Meituan and Dianping',
      where: 'Usually under My → Settings → Account and security, in each app.',
    },
    'rebind.eleme': { title: 'Ele.me (饿了么)', where: 'Usually under My → Settings → Account and security.' },
    'rebind.didi': { title: 'DiDi', where: 'Usually under Settings → Account and security.' },
    'rebind.ctrip': { title: 'Ctrip (携程)', where: 'Usually under My → Settings → Account and security.' },
    'rebind.rail12306': {
      title: '12306 (China Railway tickets)',
      where: 'Usually under My → Personal information; the new number has to be verified by code.',
    },
    'rebind.etc': {
      title: 'ETC (electronic toll payment on expressways)',
      where: 'Usually changed in the app or mini-program of the bank or company that issued your ETC, or at a branch; toll-charge notices usually go to this number.',
    },
    'rebind.utilities': {
      title: 'Electricity, water and gas accounts (such as 网上国网, the State Grid app)',
      where: 'Usually under Me in the bill-paying app or mini-program; the number on the household account may need the utility company.',
    },
    'rebind.baidu': {
      title: 'Baidu account (shared by the Baidu app, Tieba and Baidu Netdisk)',
      where: 'Usually in the Baidu app’s settings, under account and security.',
    },
    'rebind.addresses': {
      title: 'The phone number on delivery addresses and courier apps',
      where: 'Change the contact number in each shopping app’s saved addresses and in courier apps.',
    },
    'rebind.tax': {
      title: 'Individual income tax app (个人所得税)',
      where: 'Usually in the personal centre’s security settings; it may ask for a face check.',
    },
    'rebind.govService': {
      title: 'National and provincial government service apps',
      where: 'Usually in the account settings of the personal centre (个人中心); it may ask for a face check.',
    },
    'rebind.socialInsurance': {
      title: 'Social and health insurance (electronic social security card, health insurance code)',
      where: 'Usually in the personal centre of the local social or health insurance app or mini-program; some places need a visit to the office.',
    },
    'rebind.housingFund': {
      title: 'Housing provident fund (公积金)',
      where: 'Usually in the personal details of the local housing fund app or online service, or at its office.',
    },
    'rebind.traffic': {
      title: 'Traffic management app (交管12123)',
      where: 'Usually under My → Settings; it may ask for a face check.',
    },
    'rebind.chsi': {
      title: 'CHSI, the higher-education records site (学信网)',
      where: 'Usually in the account’s security settings.',
    },
    'rebind.appleLogin': {
      title: 'An Apple Account you sign in to with this number',
      where: 'If the number is the account’s name, it can usually be changed to the new number or an e-mail address under Settings → your name → Sign-In & Security on an iPhone. That takes a code sent to the number, so do it before cancelling.',
    },
    'rebind.apple': {
      title: 'Apple Account (trusted phone number)',
      where: 'Usually under Settings → your name → Sign-In & Security on an iPhone: add the new number before removing the old one.',
    },
    'rebind.google': {
      title: 'Google Account',
      where: 'Usually in the account’s Security settings: the recovery phone and the two-step verification phone.',
    },
    'rebind.microsoft': { title: 'Microsoft account', where: 'Usually in the account’s Security settings.' },
    'rebind.emailRecovery': {
      title: 'The recovery phone of your e-mail accounts',
      where: 'Usually in each mailbox’s account or security settings.',
    },
    'rebind.twoFactor': {
      title: 'Two-step verification that sends codes by SMS',
      where: 'Move it to the new number or to an authenticator app; if you already use one, check its recovery options too.',
    },
    'rebind.operatorServices': {
      title: 'The operator’s mail and cloud drive (such as 139 Mail, China Mobile Cloud Drive (formerly 和彩云), 沃邮箱, 联通云盘, 189 Mail, 天翼云盘)',
      where: 'They may stop with the number: export the mail and files you want to keep first.',
    },
    'rebind.carrierBilling': {
      title: 'Paying with your phone bill (话费支付) for memberships, games and the like',
      where: 'Usually listed in the operator’s app under 话费支付 or 小额支付 (small payments): stop the subscriptions and renewals, or move them to another way of paying.',
    },
    'rebind.appStoreBilling': {
      title: 'App stores paid through your phone bill (the App Store, phone makers’ stores)',
      where: 'If the phone bill is the payment method, change it in the store’s payment settings, and look for subscriptions that renew by themselves.',
    },
    'rebind.cloudDrives': {
      title: 'Other cloud drives and photo backups',
      where: 'Usually in the app’s account and security settings.',
    },
    'rebind.phoneMaker': {
      title: 'Phone and watch makers’ accounts (Huawei, Xiaomi, OPPO, vivo and others)',
      where: 'Usually in the account at the top of the phone’s Settings, under account and security.',
    },
    'rebind.smartDevices': {
      title: 'Apps for smart home devices and wearables (door locks, cameras, watches and others)',
      where: 'Usually in the device app’s account settings; some devices send alerts by text to this number, so change that too.',
    },
    'rebind.workApps': {
      title: 'Work apps (DingTalk, WeCom, Feishu)',
      where: 'Usually under Settings → Account and security; the number in the company directory may need the administrator.',
    },
    'rebind.jobSites': {
      title: 'Job sites such as BOSS Zhipin (BOSS直聘), Zhaopin (智联招聘) and 51job (前程无忧)',
      where: 'Usually under Settings → Account and security; change the number on your CV there too.',
    },
    'rebind.memberships': {
      title: 'Memberships and points (video sites, airlines, hotels, supermarkets)',
      where: 'Change it in each app or at the member service desk; start with those holding the most points.',
    },
    'rebind.games': {
      title: 'Game accounts',
      where: 'Usually in the game platform’s account security settings; games you log in to with WeChat or QQ follow those accounts.',
    },
    'rebind.family': {
      title: 'Family and friends',
      where: 'Tell them the new number, and help older relatives update their contacts and emergency contacts.',
    },
    'rebind.work': { title: 'Work and colleagues', where: 'The number HR holds and the staff directory; tell clients and partners too.' },
    'rebind.school': {
      title: 'School and teachers',
      where: 'The number your children’s school, teachers and class groups have; if you study, the number your school holds.',
    },
    'rebind.landlord': {
      title: 'Landlord and property management',
      where: 'The number on the tenancy agreement, with the property management and on the door-entry system.',
    },
    'stopAutoPay.autoTopUp': {
      title: 'Automatic top-up of this number',
      where: 'Usually under “automatic top-up” in Alipay, WeChat or the operator’s app.',
    },
    'stopAutoPay.bankDebit': {
      title: 'Bank direct debit',
      where: 'Usually under “direct debits” in your banking app, or ask the bank.',
    },
    'stopAutoPay.familyPay': {
      title: 'Family payment (亲情付): you pay a relative’s phone bill, or they pay yours',
      where: 'Usually under 亲情付 or 代付 in the operator’s app, or ask customer service.',
    },
  },
  methods: {
    online: {
      label: 'Online, in the operator’s own app or website',
      caution: 'Online cancellation usually needs the holder’s own face check. If the number is not in your name, or someone goes for you, it usually has to be a store.',
    },
    store: { label: 'At one of the operator’s stores' },
  },
  stuck: [
    {
      title: 'Call the operator’s customer service',
      detail: 'Say you want to cancel and where you are stuck, and note the ticket number.',
    },
    {
      title: 'Complain to the operator',
      detail: 'If customer service cannot help, use the operator’s formal complaint channel and keep a record of every contact.',
    },
    {
      title: 'In mainland China: the MIIT telecom complaint service (12300)',
      detail: 'If the operator’s complaint process does not resolve it, the Ministry of Industry and Information Technology takes telecom complaints at 12300.',
    },
  ],
} satisfies PathPagesFile;
