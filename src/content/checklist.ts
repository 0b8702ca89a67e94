import type { Bilingual, Checklist } from './types';

/**
 * The built-in checklist: the four stages of the source article plus the safety facts of the domain notes.
 * Operator-neutral on purpose: where rules differ between operators, the text says "many operators…" or
 * "ask your operator". No links: the product names services, it never sends anyone anywhere.
 */
export const checklist: Checklist = {
  method: {
    title: { zh: '你打算怎么注销？', en: 'How will you cancel?' },
    options: {
      online: { zh: '线上注销（官网或官方 App）', en: 'Online (the operator’s website or app)' },
      store: { zh: '线下注销（去营业厅）', en: 'In a store (the operator’s shop)' },
    },
    why: {
      zh: '还没选择注销方式：线上注销或线下注销，各有自己的步骤。',
      en: 'You have not chosen how to cancel: online or in a store, each has its own steps.',
    },
  },
  stages: [
    {
      id: 'eligibility',
      title: { zh: '确认是否满足注销条件', en: 'Check you can cancel' },
      intro: {
        zh: '欠费、合约和余额是最常见的拦路虎。先回答下面的问题，清单会只留下和你有关的步骤。',
        en: 'Unpaid bills, a contract and money left on the card are what most often stop a cancellation. Answer the questions below and the list keeps only the steps that concern you.',
      },
      questions: [
        {
          id: 'unpaidBills',
          title: { zh: '这个号码有未结清账单吗？', en: 'Are there unpaid bills on this number?' },
          help: { zh: '包括话费、流量费、增值业务费。', en: 'Calls, data, and any add-on services.' },
          needsActionWhen: 'yes',
          unsureAdvice: {
            zh: '不确定时先按「有」处理，向运营商查询后再改。',
            en: 'Until you have checked with your operator, the list treats this as “yes”.',
          },
        },
        {
          id: 'contract',
          title: { zh: '号码在合约期内吗（合约期限未满）？', en: 'Is the number on a contract whose term is not over?' },
          help: {
            zh: '例如签了最低消费期、合约机、靓号协议。',
            en: 'For example a minimum term, a phone bought on the plan, or a special-number agreement.',
          },
          needsActionWhen: 'yes',
          unsureAdvice: {
            zh: '不确定时先按「在合约期内」处理，问清运营商再改。',
            en: 'Until you have asked your operator, the list treats this as “on a contract”.',
          },
        },
        {
          id: 'balance',
          title: { zh: '卡内有余额吗？', en: 'Is there money left on the card?' },
          needsActionWhen: 'yes',
          unsureAdvice: {
            zh: '不确定时先按「有余额」处理，查一下余额再改。',
            en: 'Until you have checked the balance, the list treats this as “yes”.',
          },
        },
        {
          id: 'ownName',
          title: { zh: '号码登记在你本人名下吗？', en: 'Is the number registered in your own name?' },
          help: {
            zh: '不在本人名下时，通常需要机主授权和双方身份证件。',
            en: 'If it is not, operators usually want the holder’s authorisation and both people’s identity documents.',
          },
          needsActionWhen: 'no',
          unsureAdvice: {
            zh: '不确定时先按「不在本人名下」准备，可用「一证通查」或问运营商核实。',
            en: 'Until you have checked (the operator can tell you), the list prepares as if it is not in your name.',
          },
        },
        {
          id: 'bundle',
          title: {
            zh: '号码在融合套餐里吗（家庭套餐、副卡、宽带）？',
            en: 'Is the number part of a bundle (family plan, secondary card, broadband)?',
          },
          needsActionWhen: 'yes',
          unsureAdvice: {
            zh: '不确定时先按「在套餐里」处理，向运营商确认后再改。',
            en: 'Until you have asked your operator, the list treats this as “yes”.',
          },
        },
        {
          id: 'esim',
          title: { zh: '这是 eSIM 吗？', en: 'Is it an eSIM?' },
          help: {
            zh: 'eSIM 是装在手机里的电子卡，没有实体卡片。',
            en: 'An eSIM is a profile installed on the phone, with no plastic card.',
          },
          needsActionWhen: 'yes',
          unsureAdvice: {
            zh: '不确定时先按 eSIM 处理：在运营商确认前不要删除手机里的任何 SIM 配置。',
            en: 'Until you know, the list treats it as an eSIM: delete no SIM profile from the phone before the operator confirms.',
          },
        },
      ],
      steps: [
        {
          id: 'checkStatus',
          kind: 'prerequisite',
          title: { zh: '向运营商查询账户状态', en: 'Check the account’s status with your operator' },
          detail: {
            zh: '登录运营商官网或官方 App，或拨打客服电话，确认：有没有欠费、合约何时到期、余额多少，以及号码没有挂失或停机。',
            en: 'On the operator’s website or app, or by calling customer service, check: any unpaid charges, when any contract ends, the balance, and that the number is not reported lost or suspended.',
          },
          why: {
            zh: '还没向运营商确认账户状态，可能有没发现的欠费或限制。',
            en: 'You have not checked the account with the operator: there may be charges or limits you do not know about.',
          },
        },
        {
          id: 'settleBills',
          kind: 'prerequisite',
          when: { question: 'unpaidBills', is: 'yes' },
          title: { zh: '结清未结清账单', en: 'Pay the unpaid bills' },
          detail: {
            zh: '付清所有欠费（包括本月已产生但未出账的费用），保存缴费记录。',
            en: 'Pay everything owed, including charges this month that are not billed yet, and keep the receipt.',
          },
          why: {
            zh: '有未结清账单时，运营商通常不受理注销。',
            en: 'With unpaid bills, operators usually will not cancel the line.',
          },
        },
        {
          id: 'endContract',
          kind: 'prerequisite',
          when: { question: 'contract', is: 'yes' },
          title: {
            zh: '合约期限未满：问清违约金，等到期或付清后解约',
            en: 'Contract not over: ask about the early-termination fee, then wait or pay and end it',
          },
          detail: {
            zh: '问清楚剩余合约期和需要支付的违约金，再决定等合约到期还是提前解约。',
            en: 'Ask how long is left and what ending early costs, then decide whether to wait or end it now.',
          },
          why: {
            zh: '合约期限未满时，通常要先解约或支付违约金才能注销。',
            en: 'While a contract runs, you usually have to end it or pay a fee before you can cancel.',
          },
        },
        {
          id: 'handleBalance',
          kind: 'prerequisite',
          when: { question: 'balance', is: 'yes' },
          title: {
            zh: '卡内有余额：用完、申请退款，或明确决定放弃',
            en: 'Money on the card: spend it, ask for a refund, or decide to give it up',
          },
          detail: {
            zh: '部分运营商要求注销前处理完余额。问清可否退款、怎么退、多久到账；赠送的余额一般不退。',
            en: 'Some operators want the balance dealt with before cancelling. Ask whether it can be refunded, how, and how long it takes; bonus credit is usually not refunded.',
          },
          why: {
            zh: '还没决定怎么处理卡内余额，注销后可能就拿不回来了。',
            en: 'You have not decided what to do with the balance: after cancelling it may be lost.',
          },
        },
        {
          id: 'splitBundle',
          kind: 'prerequisite',
          when: { question: 'bundle', is: 'yes' },
          title: {
            zh: '先拆分套餐：解除家庭套餐、副卡或宽带的关联',
            en: 'Split the bundle first: family plan, secondary cards, broadband',
          },
          detail: {
            zh: '在融合套餐里的号码，通常要先拆分或变更套餐，很多运营商要求到营业厅办理。注意别影响家人还在用的号码和宽带。',
            en: 'A number in a bundle usually has to be split out first, often in a store. Make sure family members’ numbers and the broadband keep working.',
          },
          why: {
            zh: '号码还在融合套餐里，运营商通常要求先拆分。',
            en: 'The number is still in a bundle: operators usually want it split out first.',
          },
        },
      ],
    },
    {
      id: 'materials',
      title: { zh: '准备相关材料', en: 'Prepare the materials' },
      intro: {
        zh: '运营商要核实你是机主。准备好这些，线上上传或带去营业厅。',
        en: 'The operator needs to know you are the holder. Have these ready to upload or take to the store.',
      },
      questions: [
        {
          id: 'proxy',
          title: { zh: '会由别人代你办理吗？', en: 'Will someone else do it for you?' },
          needsActionWhen: 'yes',
          unsureAdvice: {
            zh: '不确定时先把授权材料也准备好，以防万一。',
            en: 'Until you decide, the list includes the authorisation, just in case.',
          },
        },
        {
          id: 'device',
          title: {
            zh: '号码绑定在某台设备上吗（合约机、锁网手机、手表）？',
            en: 'Is the line tied to a device (a phone bought with the plan, a locked phone, a watch)?',
          },
          needsActionWhen: 'yes',
          unsureAdvice: {
            zh: '不确定时先按「有绑定设备」处理，检查一下设备是否锁网。',
            en: 'Until you have checked whether a device is locked to the operator, the list treats this as “yes”.',
          },
        },
      ],
      steps: [
        {
          id: 'idDocument',
          kind: 'prerequisite',
          title: { zh: '个人身份证明：身份证、护照或其他有效证件', en: 'Identity document: ID card, passport or other valid ID' },
          detail: {
            zh: '用办理这个号码时登记的那本证件，带原件。',
            en: 'The document the number was registered with; take the original.',
          },
          why: { zh: '没有身份证件，运营商无法核实你是机主。', en: 'Without ID the operator cannot check that you are the holder.' },
        },
        {
          id: 'accountInfo',
          kind: 'prerequisite',
          title: {
            zh: '账户信息：手机号码、服务密码、邮箱、绑定的银行卡',
            en: 'Account information: the number, service password, e-mail, any bound bank card',
          },
          detail: {
            zh: '忘了服务密码可以先在官方 App 或营业厅重置。',
            en: 'If you have forgotten the service password, reset it first in the official app or a store.',
          },
          why: {
            zh: '核实账户要用到这些信息，缺了会被卡住。',
            en: 'The operator checks the account with these; missing one can stop you.',
          },
        },
        {
          id: 'deviceUnlock',
          kind: 'prerequisite',
          when: { question: 'device', is: 'yes' },
          title: { zh: '设备解锁状态：确认绑定的设备已解锁', en: 'Device unlock status: make sure the tied device is unlocked' },
          detail: {
            zh: '合约机或锁网设备，先向运营商申请解锁，否则注销后设备可能用不了别的卡。',
            en: 'For a locked or contract device, ask the operator to unlock it first, or it may not take another card afterwards.',
          },
          why: {
            zh: '绑定的设备还没解锁，注销后可能无法换卡使用。',
            en: 'The tied device is not unlocked yet: after cancelling it may refuse other cards.',
          },
        },
        {
          id: 'contractPapers',
          kind: 'prerequisite',
          when: { question: 'contract', is: 'yes' },
          title: { zh: '合同协议：找出购卡或合约的合同', en: 'Contract papers: find the agreement you signed' },
          why: {
            zh: '有合约时，运营商可能要看合同协议。',
            en: 'With a contract, the operator may ask to see the agreement.',
          },
        },
        {
          id: 'authorisation',
          kind: 'prerequisite',
          when: { anyOf: [{ question: 'ownName', is: 'no' }, { question: 'proxy', is: 'yes' }] },
          title: {
            zh: '机主授权：授权书和机主、代办人双方的身份证件',
            en: 'The holder’s authorisation and both people’s identity documents',
          },
          detail: {
            zh: '号码不在本人名下或由别人代办时，多数运营商要求机主的书面授权和双方证件原件。具体要求先问运营商。',
            en: 'When the number is not in your name, or someone goes for you, most operators want the holder’s written authorisation and both original IDs. Ask your operator what exactly they need.',
          },
          why: {
            zh: '不是机主本人办理，没有授权材料通常会被拒绝。',
            en: 'Without the holder’s authorisation, a cancellation by someone else is usually refused.',
          },
        },
      ],
    },
    {
      id: 'method',
      title: { zh: '选择注销方式', en: 'Choose how to cancel' },
      intro: {
        zh: '线上注销省时间，线下注销当面办、当场拿注销证明。只走你选的那条路。',
        en: 'Online saves a trip; in a store it is done face to face and you leave with a certificate. Only the way you choose counts.',
      },
      questions: [],
      choosesMethod: true,
      steps: [
        {
          id: 'onlineOpen',
          kind: 'prerequisite',
          when: { method: 'online' },
          title: {
            zh: '打开运营商官网或官方 App 的「注销服务」页面',
            en: 'Open the “cancel service” or account page on the operator’s own website or app',
          },
          detail: {
            zh: '只用运营商官方渠道，不要通过别人发来的链接或第三方代办。有些运营商不支持线上注销，那就改选线下。',
            en: 'Use only the operator’s own channels, never a link someone sent you or a third-party agent. If your operator has no online cancellation, choose the store instead.',
          },
          why: { zh: '还没找到官方的注销入口。', en: 'You have not found the official cancellation page yet.' },
        },
        {
          id: 'onlineForm',
          kind: 'prerequisite',
          when: { method: 'online' },
          title: { zh: '填写注销申请表', en: 'Fill in the cancellation form' },
          detail: {
            zh: '姓名、证件号码、手机号码等，逐项核对，填错会导致审核失败。',
            en: 'Name, ID number, phone number: check each one; a mistake makes the review fail.',
          },
          why: { zh: '注销申请表还没填好。', en: 'The cancellation form is not filled in yet.' },
        },
        {
          id: 'onlineUpload',
          kind: 'prerequisite',
          when: { method: 'online' },
          title: { zh: '上传材料（证件照片等）', en: 'Upload the materials (photos of your ID and others asked for)' },
          detail: {
            zh: '照片要清晰完整，只传页面要求的材料。',
            en: 'Clear, complete photos; upload only what the page asks for.',
          },
          why: { zh: '材料还没上传。', en: 'The materials are not uploaded yet.' },
        },
        {
          id: 'onlineSubmit',
          kind: 'submit',
          when: { method: 'online' },
          title: { zh: '提交线上注销申请', en: 'Submit the cancellation online' },
          detail: {
            zh: '提交后记下申请编号或截图保存。',
            en: 'After submitting, note the application number or take a screenshot.',
          },
          why: { zh: '注销申请还没提交。', en: 'The cancellation is not submitted yet.' },
        },
        {
          id: 'onlineReview',
          kind: 'followUp',
          when: { method: 'online' },
          title: { zh: '等待审核：收到确认短信或邮件', en: 'Wait for the review: a confirmation SMS or e-mail comes' },
          why: { zh: '还没收到审核结果。', en: 'The review result has not arrived yet.' },
        },
        {
          id: 'onlineCheck',
          kind: 'followUp',
          when: { method: 'online' },
          requires: ['onlineReview'],
          title: { zh: '再次登录，确认号码已注销', en: 'Log in again and check the number is cancelled' },
          why: { zh: '还没亲自核实注销结果。', en: 'You have not checked the result yourself.' },
        },
        {
          id: 'storeBring',
          kind: 'prerequisite',
          when: { method: 'store' },
          title: { zh: '携带必要材料去营业厅', en: 'Take the materials to an operator’s store' },
          detail: {
            zh: '带上第二步准备的原件。很多运营商要求在号码归属地的自营厅办理，出发前先问清哪些营业厅能办。',
            en: 'Take the originals from stage two. Many operators only cancel in their own stores, sometimes only in the number’s home region: ask which stores can do it before you go.',
          },
          why: { zh: '材料还没带齐。', en: 'You do not have the materials with you yet.' },
        },
        {
          id: 'storeAsk',
          kind: 'prerequisite',
          when: { method: 'store' },
          title: { zh: '向工作人员说明要注销号码', en: 'Tell the staff you want to cancel the number' },
          why: { zh: '还没向工作人员说明来意。', en: 'You have not told the staff yet.' },
        },
        {
          id: 'storeSubmit',
          kind: 'submit',
          when: { method: 'store' },
          title: { zh: '填写注销申请表，连同材料交给工作人员', en: 'Fill in the cancellation form and hand it in with the materials' },
          why: { zh: '注销申请表还没交。', en: 'The cancellation form is not handed in yet.' },
        },
        {
          id: 'storeCertificate',
          kind: 'followUp',
          when: { method: 'store' },
          title: {
            zh: '工作人员办完后，索要并保存注销证明',
            en: 'When the staff have done it, ask for the cancellation certificate (注销证明) and keep it',
          },
          detail: {
            zh: '注销证明是日后有争议时的凭据，拍照留底。',
            en: 'The certificate is your proof if there is ever a dispute; take a photo of it too.',
          },
          why: { zh: '还没拿到注销证明。', en: 'You do not have the certificate yet.' },
        },
        {
          id: 'operatorConfirmed',
          kind: 'confirm',
          title: { zh: '运营商已确认注销', en: 'The operator confirmed the cancellation' },
          detail: {
            zh: '只有运营商确认了（短信、邮件或注销证明）才算注销完成；「清单都勾完了」不等于「已注销」。记下确认日期和业务编号或注销证明编号。',
            en: 'It is cancelled only when the operator confirms it (SMS, e-mail or certificate): ticking every box is not the same. Record the date and any reference or certificate number.',
          },
          why: {
            zh: '运营商还没确认注销。',
            en: 'The operator has not confirmed the cancellation yet.',
          },
        },
      ],
    },
    {
      id: 'care',
      title: { zh: '注意事项', en: 'Take care' },
      intro: {
        zh: '这些事要在注销之前做：号码一注销，验证码就收不到了。',
        en: 'Do these before you cancel: once the number is gone, its verification codes stop arriving.',
      },
      questions: [],
      steps: [
        {
          id: 'backup',
          kind: 'prerequisite',
          title: { zh: '备份重要数据：通讯录、短信', en: 'Back up what matters: contacts and messages' },
          detail: {
            zh: '把存在 SIM 卡或这个号码下的通讯录、短信备份到手机、云端或电脑。',
            en: 'Copy contacts and messages kept on the SIM or tied to this number to the phone, a computer or cloud storage.',
          },
          why: { zh: '数据还没备份，注销后可能找不回来。', en: 'Nothing is backed up yet: after cancelling it may be gone.' },
        },
        {
          id: 'unbind',
          kind: 'prerequisite',
          title: {
            zh: '解除绑定关系：注销前把用这个号码的账号换绑或解绑',
            en: 'Unbind: move every account that uses this number to another one, before cancelling',
          },
          detail: {
            zh: '号码注销后会冻结一段时间，之后重新放号给别人。还绑在这个号码上的银行、支付、社交账号，可能被下一位机主用短信验证码找回；注销后你自己也收不到验证码。可用「一证通查2.0」/「一键查询」查这个号码绑定了哪些互联网账号。',
            en: 'A cancelled number is frozen for a while and then given to someone else. Accounts still bound to it (banks, payment, social) could be recovered by the next holder through SMS codes, and you will stop receiving codes yourself. China’s “一证通查2.0” / “一键查询” service can list the internet accounts linked to a number.',
          },
          why: {
            zh: '还有账号绑在这个号码上：注销后收不到验证码，号码转给别人后账号可能被找回。',
            en: 'Accounts are still bound to this number: after cancelling you lose their codes, and the next holder could recover them.',
          },
          subItems: [
            { id: 'bank', title: { zh: '银行卡和手机银行', en: 'Bank cards and banking apps' } },
            { id: 'wechat', title: { zh: '微信', en: 'WeChat' } },
            { id: 'alipay', title: { zh: '支付宝', en: 'Alipay' } },
            { id: 'email', title: { zh: '邮箱的安全手机和找回方式', en: 'E-mail recovery phone number' } },
            {
              id: 'sms2fa',
              title: { zh: '短信登录和两步验证', en: 'SMS log-in and two-factor codes' },
            },
            { id: 'cloud', title: { zh: '云存储和网盘', en: 'Cloud storage' } },
            { id: 'watch', title: { zh: '智能手表等设备', en: 'Smartwatch and other devices' } },
            {
              id: 'gov',
              title: { zh: '政务 App（个税、社保、医保等）', en: 'Government apps (tax, social insurance, health)' },
            },
          ],
        },
        {
          id: 'reachable',
          kind: 'prerequisite',
          title: {
            zh: '保持通讯畅通：办理期间手机开机、能收短信',
            en: 'Stay reachable: keep the phone on and able to receive SMS until it is done',
          },
          detail: {
            zh: '验证码和运营商的通知都会发到这个号码。',
            en: 'Verification codes and the operator’s notices come to this number.',
          },
          why: {
            zh: '办理期间要能收到验证码和运营商通知。',
            en: 'While cancelling you need to receive codes and the operator’s notices.',
          },
        },
        {
          id: 'keepEsim',
          kind: 'prerequisite',
          when: { question: 'esim', is: 'yes' },
          title: {
            zh: '运营商确认注销前，不要删除手机里的 eSIM',
            en: 'Keep the eSIM on the phone until the operator confirms',
          },
          detail: {
            zh: '删除 eSIM 不等于注销号码，而且删除后通常无法重新安装。等运营商确认注销后再删除。',
            en: 'Deleting the eSIM does not cancel the line, and a deleted eSIM usually cannot be reinstalled. Delete it only after the operator confirms.',
          },
          why: {
            zh: '过早删除 eSIM 会让你收不到验证码，也不会注销号码。',
            en: 'Deleting the eSIM early cuts you off from codes and does not cancel the line.',
          },
        },
        {
          id: 'followRefund',
          kind: 'followUp',
          when: { question: 'balance', is: 'yes' },
          title: { zh: '关注退费事宜：确认余额退款到账', en: 'Follow the refund until the money arrives' },
          detail: {
            zh: '记下退款方式和预计到账时间，到期没到账就联系客服。',
            en: 'Note how and when the refund will be paid, and call customer service if it does not arrive.',
          },
          why: { zh: '余额退款还没到账。', en: 'The refund has not arrived yet.' },
        },
      ],
    },
  ],
};

/** Where to turn when the operator will not cancel, in the order to try them. */
export const stuckGuidance: readonly { readonly title: Bilingual; readonly detail: Bilingual }[] = [
  {
    title: { zh: '联系运营商客服', en: 'Call the operator’s customer service' },
    detail: {
      zh: '拨打号码所属运营商的官方客服电话，说明要注销、卡在哪一步，记下工单号。',
      en: 'Call your operator’s official customer service, say where you are stuck, and note the ticket number.',
    },
  },
  {
    title: { zh: '向运营商投诉', en: 'Complain to the operator' },
    detail: {
      zh: '客服解决不了，就走运营商的正式投诉渠道，保留沟通记录。',
      en: 'If customer service cannot help, use the operator’s formal complaint channel and keep a record of every contact.',
    },
  },
  {
    title: { zh: '向工信部电信用户申诉（12300）', en: 'In China: the MIIT telecom complaint service (12300)' },
    detail: {
      zh: '向运营商投诉后仍未解决，可以向工业和信息化部电信用户申诉受理中心（12300）申诉。',
      en: 'If the operator’s complaint process does not resolve it, China’s Ministry of Industry and Information Technology takes telecom complaints at 12300.',
    },
  },
];
