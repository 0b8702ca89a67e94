import { rebindCatalogue } from './rebindCatalogue';
import type { Bilingual, Checklist } from './types';

/**
 * The built-in checklist, in the order the work must happen: before you cancel, the cancellation itself,
 * after. Every item of the source article is here, and its four stage names are group titles.
 * Operator-neutral on purpose: where operators differ, the text says "usually" or "ask your operator".
 * No links: the product names services and official short numbers, it never sends anyone anywhere.
 */
export const checklist: Checklist = {
  questions: [
    {
      id: 'unpaidBills',
      title: { zh: '这个号码现在有欠费吗？', en: 'Does the number owe anything right now?' },
      help: {
        zh: '指已经出账、还没交的话费、流量费或增值业务费。本月还没出账的费用，注销时都要一并结清，清单里另有一项。',
        en: 'Bills already issued and not yet paid: calls, data, add-on services. This month’s charges that are not billed yet are settled at cancellation for everyone; that has its own task.',
      },
      changes: { zh: '选「是」会加上「交清欠费」。', en: 'Yes adds “Pay what the number owes”.' },
      unsureAdvice: {
        zh: '在查清之前，清单先按「是」处理。打运营商客服或在官方 App 里就能查到。',
        en: 'Until you have checked, the list treats this as “Yes”. Customer service or the operator’s app can tell you.',
      },
    },
    {
      id: 'contract',
      title: {
        zh: '这个号码还有没到期的协议吗？',
        en: 'Is the number still under an agreement that has not ended?',
      },
      help: {
        zh: '例如在网期限、保底消费、靓号协议，或用这个号码办的合约机。',
        en: 'For example a minimum term, a minimum monthly spend, a premium-number (靓号) agreement, or a phone bought on this plan.',
      },
      changes: {
        zh: '选「是」会加上「处理没到期的协议」和「找出协议」。',
        en: 'Yes adds “Deal with the agreement that has not ended” and “Find the agreement”.',
      },
      unsureAdvice: {
        zh: '在问清之前，清单先按「是」处理。',
        en: 'Until you have asked your operator, the list treats this as “Yes”.',
      },
    },
    {
      id: 'balance',
      title: { zh: '号码里还有余额吗？', en: 'Is there credit left on the number?' },
      changes: {
        zh: '选「是」会加上「处理余额：用完、退还或转走」，并问你打不打算退余额。',
        en: 'Yes adds “Deal with the credit: spend it, get it back or move it” and asks whether you want it refunded.',
      },
      unsureAdvice: {
        zh: '在查清余额之前，清单先按「是」处理。',
        en: 'Until you have checked the balance, the list treats this as “Yes”.',
      },
    },
    {
      id: 'refund',
      when: { question: 'balance', is: 'yes' },
      title: { zh: '你打算申请退还余额吗？', en: 'Will you ask for the credit to be refunded?' },
      help: {
        zh: '选「否」表示你会先用完、转到别的号码，或者放弃。',
        en: 'No means you will spend it, move it to another number, or give it up.',
      },
      changes: {
        zh: '选「是」会在注销之后加上「确认余额退款到账」。',
        en: 'Yes adds “Check the refund has arrived” after the cancellation.',
      },
      unsureAdvice: {
        zh: '还没决定的话，清单先按「是」处理，注销后提醒你留意退款是否到账。',
        en: 'Until you decide, the list treats this as “Yes” and reminds you to watch for the refund.',
      },
    },
    {
      id: 'ownName',
      title: { zh: '号码登记在你本人名下吗？', en: 'Is the number registered in your own name?' },
      help: {
        zh: '也就是说，你是不是机主。号码可能是家人用自己的证件办的。',
        en: 'That is, are you the registered holder? A relative may have registered it with their own ID.',
      },
      changes: {
        zh: '选「否」会加上「机主授权书和双方身份证件」，并建议去营业厅办。',
        en: 'No adds “The holder’s authorisation and both IDs” and points you to a store.',
      },
      unsureAdvice: {
        zh: '在查清之前，清单先按「否」准备材料。可以问运营商，或用「一证通查」看你名下登记了几个号码。',
        en: 'Until you have checked, the list assumes “No” and includes the authorisation papers. Ask the operator, or use 一证通查 to see how many numbers are registered in your name.',
      },
    },
    {
      id: 'proxy',
      title: { zh: '会由机主以外的人去办吗？', en: 'Will someone other than the holder go and do it?' },
      changes: {
        zh: '选「是」会加上「机主授权书和双方身份证件」，并建议去营业厅办。',
        en: 'Yes adds “The holder’s authorisation and both IDs” and points you to a store.',
      },
      unsureAdvice: {
        zh: '还没决定的话，清单先按「是」准备授权材料。',
        en: 'Until you decide, the list treats this as “Yes” and includes the authorisation.',
      },
    },
    {
      id: 'bundle',
      title: {
        zh: '这个号码在主副卡、家庭网或宽带融合套餐里吗？',
        en: 'Is the number part of a shared plan: main and secondary cards, a family plan, or a bundle with home broadband?',
      },
      changes: { zh: '选「是」会加上「先解除主副卡、家庭网或融合套餐关系」。', en: 'Yes adds “Take the number out of the shared plan first”.' },
      unsureAdvice: {
        zh: '在问清之前，清单先按「是」处理。',
        en: 'Until you have asked your operator, the list treats this as “Yes”.',
      },
    },
    {
      id: 'sharedDevice',
      title: {
        zh: '这个号码有没有开通「一号双终端」这类让手表等设备共用号码的业务？',
        en: 'Does a watch or another device share this number through an operator service such as 一号双终端?',
      },
      help: {
        zh: '例如「一号双终端」「一号多终端」这类业务：手表用的是同一个号码。',
        en: 'For example a “one number, two devices” service, where a watch uses the same number.',
      },
      changes: { zh: '选「是」会加上「先停掉共用号码的业务」。', en: 'Yes adds “End the shared-number service first”.' },
      unsureAdvice: {
        zh: '在查清之前，清单先按「是」处理。',
        en: 'Until you have checked, the list treats this as “Yes”.',
      },
    },
    {
      id: 'lockedDevice',
      title: {
        zh: '有没有和这个号码绑定的合约机，或锁了运营商网络的手机？',
        en: 'Is a phone bought on contract, or a device locked to the operator, tied to this number?',
      },
      changes: { zh: '选「是」会加上「确认设备已解锁」。', en: 'Yes adds “Make sure the device is unlocked”.' },
      unsureAdvice: {
        zh: '在查清之前，清单先按「是」处理。',
        en: 'Until you have checked, the list treats this as “Yes”.',
      },
    },
    {
      id: 'esim',
      title: { zh: '这个号码用的是 eSIM 吗？', en: 'Is the number on an eSIM?' },
      help: {
        zh: 'eSIM 是装在手机或手表里的电子卡，没有实体卡片。',
        en: 'An eSIM is a profile installed on a phone or watch, with no plastic card.',
      },
      changes: {
        zh: '选「是」会加上「运营商确认注销前，不删 eSIM」，注销后再提醒你删。',
        en: 'Yes adds “Keep the eSIM until the operator confirms”, and reminds you to delete it afterwards.',
      },
      unsureAdvice: {
        zh: '在查清之前，清单先按「是」处理：运营商确认注销前，不要删手机里的任何 eSIM。',
        en: 'Until you know, the list treats this as “Yes”: delete no eSIM from the phone before the operator confirms.',
      },
    },
  ],

  methods: {
    online: {
      label: { zh: '线上注销（运营商官方 App 或官网）', en: 'Online, in the operator’s own app or website' },
      caution: {
        when: { anyOf: [{ question: 'ownName', is: 'no' }, { question: 'proxy', is: 'yes' }] },
        text: {
          zh: '线上注销一般要机主本人做人脸识别。号码不在你名下，或者由别人代办，通常只能去营业厅。',
          en: 'Online cancellation usually needs the holder’s own face check. If the number is not in your name, or someone goes for you, it usually has to be a store.',
        },
      },
    },
    store: { label: { zh: '去营业厅办', en: 'At one of the operator’s stores' } },
  },

  groups: [
    {
      id: 'check',
      phase: 'before',
      title: { zh: '确认是否满足注销条件', en: 'Check you can cancel' },
      intro: {
        zh: '欠费、没到期的协议、共用的套餐，常常是办不了注销的原因。先想清楚要不要注销，再向运营商问清楚。',
        en: 'Money owed, an agreement that has not ended and a shared plan are common reasons a cancellation cannot go through. Decide first, then ask the operator.',
      },
      tasks: [
        {
          id: 'decide',
          kind: 'prerequisite',
          title: { zh: '想清楚：注销，还是保号或携号转网', en: 'Decide: cancel, keep the number cheaply, or move it' },
          detail: {
            zh: '号码注销后一般就回不来了，过一段时间会重新放给别人。如果只是嫌贵，可以改成运营商最便宜的套餐（俗称保号套餐，保号卡本身就是这种）；如果只是想换运营商，可以携号转网，号码不变（一般发短信就能查能不能转，具体问运营商）。',
            en: 'A cancelled number usually cannot be recovered, and after a while it is given to someone else. If the cost is the problem, the operator’s cheapest plan keeps the number; if you only want another operator, porting (携号转网) keeps the number too (you can usually check by SMS whether it can be ported; ask your operator).',
          },
          why: {
            zh: '注销后号码一般找不回来，先确认这是你要的。',
            en: 'A cancelled number usually cannot be recovered: make sure this is what you want.',
          },
        },
        {
          id: 'checkStatus',
          kind: 'prerequisite',
          title: { zh: '向运营商问清账户状况', en: 'Ask the operator about the account' },
          detail: {
            zh: '打客服电话（中国移动 10086、中国联通 10010、中国电信 10000、中国广电 10099）或在官方 App 里查：有没有欠费、协议、余额，号码有没有挂失或停机。',
            en: 'Call customer service (China Mobile 10086, China Unicom 10010, China Telecom 10000, China Broadnet 10099) or look in the operator’s app: money owed, agreements, credit, and whether the number is reported lost or suspended.',
          },
          why: {
            zh: '还没向运营商问清账户状况，可能有你不知道的欠费或限制。',
            en: 'You have not asked the operator about the account: there may be charges or restrictions you do not know about.',
          },
          ask: [
            { zh: '现在有没有欠费？本月还没出账的费用大概多少，注销时怎么结？', en: 'Is anything owed now? Roughly how much is this month’s unbilled usage, and how is it settled at cancellation?' },
            {
              zh: '号码有没有在网期限、保底消费、靓号协议或合约机？什么时候到期，提前解除要付多少？',
              en: 'Is there a minimum term, a minimum spend, a premium-number agreement or a contract phone? When does it end, and what does ending it early cost?',
            },
            { zh: '号码在不在主副卡、家庭网或融合套餐里？要先拆分吗？', en: 'Is the number in a shared plan or a bundle? Does it have to be taken out first?' },
            {
              zh: '余额有多少？能退吗，怎么退、多久到账？能转到我别的号码吗？积分和优惠券怎么办？',
              en: 'How much credit is there? Can it be refunded, how, and how long does it take? Can it move to another of my numbers? What about points and coupons?',
            },
            { zh: '注销是马上生效，还是到月底生效？', en: 'Does the cancellation take effect at once, or at the end of the month?' },
            { zh: '我能线上办吗？哪些营业厅能办？', en: 'Can I do it online? Which stores can do it?' },
            { zh: '办完会给我什么凭证（受理单、业务流水号、注销证明）？', en: 'What proof will I get (a receipt, a reference number, a cancellation certificate)?' },
          ],
        },
        {
          id: 'settleBills',
          kind: 'prerequisite',
          when: { question: 'unpaidBills', is: 'yes' },
          title: { zh: '交清欠费', en: 'Pay what the number owes' },
          detail: {
            zh: '把已经出账的欠费交清，保留缴费记录。',
            en: 'Pay the bills already issued and keep the receipt.',
          },
          why: { zh: '有欠费时，运营商通常不受理注销。', en: 'While money is owed, operators usually will not cancel.' },
        },
        {
          id: 'endContract',
          kind: 'prerequisite',
          when: { question: 'contract', is: 'yes' },
          title: { zh: '处理没到期的协议', en: 'Deal with the agreement that has not ended' },
          detail: {
            zh: '问清还剩多久、提前解除要付多少违约金，再决定是等到期，还是付违约金提前解约。',
            en: 'Ask how long is left and what ending it early costs, then decide whether to wait for the end or pay and end it now.',
          },
          why: {
            zh: '协议没到期时，通常要先解除或付违约金才能注销。',
            en: 'While an agreement runs, you usually have to end it or pay a fee before you can cancel.',
          },
        },
        {
          id: 'splitBundle',
          kind: 'prerequisite',
          when: { question: 'bundle', is: 'yes' },
          title: { zh: '先解除主副卡、家庭网或融合套餐关系', en: 'Take the number out of the shared plan first' },
          detail: {
            zh: '主副卡、家庭网或宽带融合套餐里的号码，通常要先拆分或变更套餐，常常要去营业厅。如果这个号码是主卡或融合套餐的主号，副卡和宽带可能受影响，先问清楚。',
            en: 'A number in a shared plan or a broadband bundle usually has to be taken out or the plan changed first, often in a store. If this is the main number of the plan, the secondary cards and the broadband may be affected: ask first.',
          },
          why: {
            zh: '号码还在套餐里，运营商通常要求先拆分。',
            en: 'The number is still in a shared plan: operators usually want it taken out first.',
          },
        },
        {
          id: 'endSharedDevice',
          kind: 'prerequisite',
          when: { question: 'sharedDevice', is: 'yes' },
          title: { zh: '先停掉共用号码的业务', en: 'End the shared-number service first' },
          detail: {
            zh: '手表等设备共用这个号码的业务（如「一号双终端」）挂在这个号码上，通常要先取消。手表以后还要用的话，先给它换一个号码。',
            en: 'A service that lets a watch or other device share this number (such as “one number, two devices”) hangs off this line and usually has to be ended first. If the watch is staying in use, give it a number of its own first.',
          },
          why: {
            zh: '共用号码的业务还开着，通常要先取消才能注销。',
            en: 'The shared-number service is still on: it usually has to be ended before the line can be cancelled.',
          },
        },
      ],
    },
    {
      id: 'prepare',
      phase: 'before',
      title: { zh: '准备相关材料', en: 'Prepare the materials' },
      intro: {
        zh: '运营商要核实办理人是机主本人，或有机主授权。线上办一般要拍照上传，去营业厅要带原件。',
        en: 'The operator needs to know that whoever does it is the holder, or has the holder’s authorisation. Online you usually upload photos; in a store you bring the originals.',
      },
      tasks: [
        {
          id: 'idDocument',
          kind: 'prerequisite',
          title: { zh: '机主的身份证件', en: 'The holder’s identity document' },
          detail: {
            zh: '身份证、护照或其他有效证件，用办这个号码时登记的那一种，带原件。',
            en: 'ID card, passport or other valid ID: the one the number was registered with. Bring the original.',
          },
          why: { zh: '没有身份证件，运营商无法核实你是机主。', en: 'Without ID the operator cannot check that you are the holder.' },
        },
        {
          id: 'accountInfo',
          kind: 'prerequisite',
          title: { zh: '账户信息：号码、服务密码、邮箱、绑定的银行卡', en: 'Account details: the number, service password, e-mail, any linked bank card' },
          detail: {
            zh: '服务密码忘了的话，先在官方 App 或营业厅重置。',
            en: 'If you have forgotten the service password, reset it first in the operator’s app or a store.',
          },
          why: { zh: '核实账户要用到这些信息，缺了会卡住。', en: 'The operator checks the account with these; a missing one can stop you.' },
        },
        {
          id: 'deviceUnlock',
          kind: 'prerequisite',
          when: { question: 'lockedDevice', is: 'yes' },
          title: { zh: '确认设备已解锁', en: 'Make sure the device is unlocked' },
          detail: {
            zh: '合约机或被锁定的设备，先问运营商怎么解锁，否则注销后可能用不了别的卡。',
            en: 'For a contract phone or a locked device, ask the operator how to unlock it first, or it may not take another card afterwards.',
          },
          why: {
            zh: '设备还没解锁，注销后可能没法换卡用。',
            en: 'The device is not unlocked yet: after cancelling it may refuse other cards.',
          },
        },
        {
          id: 'contractPapers',
          kind: 'prerequisite',
          when: { question: 'contract', is: 'yes' },
          title: { zh: '找出协议', en: 'Find the agreement' },
          detail: { zh: '办卡或办合约时签的协议，纸质的或 App 里的电子版都行。', en: 'The agreement you signed, on paper or the copy in the operator’s app.' },
          why: { zh: '有协议时，运营商可能要看。', en: 'With an agreement, the operator may ask to see it.' },
        },
        {
          id: 'authorisation',
          kind: 'prerequisite',
          when: { anyOf: [{ question: 'ownName', is: 'no' }, { question: 'proxy', is: 'yes' }] },
          title: { zh: '机主授权书和双方身份证件', en: 'The holder’s authorisation and both IDs' },
          detail: {
            zh: '不是机主本人办，通常要机主写的授权书，加上机主和代办人双方的身份证件原件，并且要去营业厅。具体要什么，先问运营商。',
            en: 'When the holder is not the one going, operators usually want a letter of authorisation from the holder and the original IDs of both people, and it usually has to be done in a store. Ask your operator exactly what they need.',
          },
          why: {
            zh: '不是机主本人办，没有授权材料通常会被拒绝。',
            en: 'Without the holder’s authorisation, a cancellation by someone else is usually refused.',
          },
        },
      ],
    },
    {
      id: 'protect',
      phase: 'before',
      title: { zh: '注意事项：注销前先做', en: 'Before you cancel: protect your accounts, data and money' },
      intro: {
        zh: '原文把注意事项放在最后，但这些事必须在注销之前做：号码一注销，验证码就收不到了。',
        en: 'The article lists these last, but they must be done before you cancel: once the number is gone, its verification codes stop arriving.',
      },
      tasks: [
        {
          id: 'backup',
          kind: 'prerequisite',
          title: { zh: '备份通讯录和短信', en: 'Back up contacts and messages' },
          detail: {
            zh: '把存在 SIM 卡里的联系人和要留的短信（如银行、运营商的通知）导出到手机、电脑或云端。',
            en: 'Copy contacts stored on the SIM and messages you need to keep to the phone, a computer or cloud storage.',
          },
          why: { zh: '还没备份，注销后可能找不回来。', en: 'Nothing is backed up yet: after cancelling it may be gone.' },
        },
        {
          id: 'rebind',
          kind: 'prerequisite',
          title: { zh: '把用这个号码的账号换绑到新号码', en: 'Move every account that uses this number to a new one' },
          detail: {
            zh: '号码注销后会冻结一段时间，再放给别人。还绑在上面的账号，下一位机主可能用短信验证码登进去；你自己也收不到验证码了。一项项换成新号码，用不到的标「我不用」。找漏掉的：「一键查询」能列出你用这个号码期间注册的账号；「一证通查2.0」只显示关联了几个账号，看不到是哪些；在短信里搜「验证码」看都有谁给你发过。「一键解绑」是解除上一位机主留下的绑定，帮不了正在注销的你。有的运营商在重新放号前会通知部分 App，但这代替不了你自己换绑。',
            en: 'A cancelled number is frozen for a while, then given to someone else. Any account still linked to it could be opened by the next holder with an SMS code, and you stop getting codes yourself. Move each one to your new number; mark the ones you do not use. To find the ones you have missed: 一键查询 lists the accounts registered while you held the number; 一证通查2.0 only shows how many accounts are linked, not which; searching your messages for 验证码 (verification code) shows who has sent you codes. 一键解绑 removes links left by a previous holder, so it does not help you. Some operators warn some apps before re-issuing a number, but that is no substitute for moving the accounts yourself.',
          },
          why: {
            zh: '还有账号绑着这个号码：注销后你收不到验证码；号码重新放出后，对方可能用验证码登录或找回你的账号。',
            en: 'Accounts still use this number: after cancelling you lose their codes, and the next holder could get into them.',
          },
          list: rebindCatalogue,
          ownEntries: true,
        },
        {
          id: 'stopAutoPay',
          kind: 'prerequisite',
          title: { zh: '停掉自动充值、代扣和亲情付', en: 'Stop automatic top-ups and payments' },
          detail: {
            zh: '这些扣款挂在号码上，号码重新放出后可能替陌生人付钱。一项项停掉，没开过的标「我不用」。',
            en: 'These payments are tied to the number; once it is re-issued they could pay for a stranger. Stop each one; mark the ones you never set up.',
          },
          why: {
            zh: '自动扣款还开着，号码重新放出后可能继续替别人付钱。',
            en: 'Automatic payments are still on: once the number is re-issued they could keep paying for someone else.',
          },
          list: [
            {
              id: 'payments',
              title: { zh: '自动扣款', en: 'Automatic payments' },
              items: [
                {
                  id: 'autoTopUp',
                  title: { zh: '话费自动充值', en: 'Automatic top-up of this number' },
                  where: {
                    zh: '通常在支付宝、微信或运营商 App 的「自动充值」「自动缴费」里。',
                    en: 'Usually under “automatic top-up” in Alipay, WeChat or the operator’s app.',
                  },
                },
                {
                  id: 'bankDebit',
                  title: { zh: '银行代扣', en: 'Bank direct debit' },
                  where: { zh: '通常在手机银行的「代扣」「自动缴费」里，或问银行。', en: 'Usually under “direct debits” in your banking app, or ask the bank.' },
                },
                {
                  id: 'familyPay',
                  title: { zh: '亲情付（你替家人交话费，或家人替你交）', en: 'Family payment (亲情付): you pay a relative’s phone bill, or they pay yours' },
                  where: { zh: '通常在运营商 App 的「亲情付」或「代付」里，或打客服电话问。', en: 'Usually under 亲情付 or 代付 in the operator’s app, or ask customer service.' },
                },
              ],
            },
          ],
        },
        {
          id: 'handleBalance',
          kind: 'prerequisite',
          when: { question: 'balance', is: 'yes' },
          title: { zh: '处理余额：用完、退还或转走', en: 'Deal with the credit: spend it, get it back or move it' },
          detail: {
            zh: '可以先用完，或申请退还（问清怎么退、多久到账），有的运营商还能转到你在同一运营商的另一个号码。赠送的余额通常不退。积分和优惠券也趁现在用掉。',
            en: 'You can spend it, or ask for a refund (ask how and how long it takes); some operators can move it to another of your numbers with them. Bonus credit is usually not refunded. Use up points and coupons now too.',
          },
          why: {
            zh: '还没决定余额怎么办，注销后可能就拿不回来了。',
            en: 'You have not decided what happens to the credit: after cancelling it may be lost.',
          },
        },
        {
          id: 'finalBill',
          kind: 'prerequisite',
          title: { zh: '备好本月还没出账的话费', en: 'Cover this month’s unbilled charges' },
          detail: {
            zh: '本月已经用了、还没出账的费用，注销时会一起结清，通常从余额里扣或要你补交。注销什么时候生效（马上还是月底）各家不同，问运营商。',
            en: 'What you have used this month and not yet been billed for is settled at cancellation, usually from the credit or as a last payment. When the cancellation takes effect (at once or at the end of the month) varies: ask your operator.',
          },
          why: {
            zh: '本月的费用注销时要结清，没准备好可能办不下来。',
            en: 'This month’s charges are settled at cancellation; without them covered it may not go through.',
          },
        },
        {
          id: 'keepEsim',
          kind: 'prerequisite',
          when: { question: 'esim', is: 'yes' },
          title: { zh: '运营商确认注销前，不删 eSIM', en: 'Keep the eSIM until the operator confirms' },
          detail: {
            zh: '删掉 eSIM 不等于注销号码，而且删了通常装不回来。等运营商确认注销后再删，清单最后会提醒你。',
            en: 'Deleting the eSIM does not cancel the line, and a deleted eSIM usually cannot be put back. Delete it only after the operator confirms; the list reminds you at the end.',
          },
          why: {
            zh: '过早删 eSIM 会收不到验证码，号码也不会因此注销。',
            en: 'Deleting the eSIM early cuts you off from codes and does not cancel the line.',
          },
        },
        {
          id: 'reachable',
          kind: 'prerequisite',
          title: { zh: '办完之前保持号码畅通', en: 'Stay reachable until it is done' },
          detail: {
            zh: '验证码和运营商的通知都发到这个号码，办完之前手机别关机，也别让号码欠费停机。',
            en: 'Codes and the operator’s notices come to this number: keep the phone on and the line working until it is done.',
          },
          why: {
            zh: '办理期间要能收到验证码和运营商通知。',
            en: 'While cancelling you need to receive codes and the operator’s notices.',
          },
        },
      ],
    },
    {
      id: 'cancel',
      phase: 'cancel',
      title: { zh: '选择注销方式并提交', en: 'Choose how to cancel, and submit' },
      intro: {
        zh: '运营商的 App 和营业厅里，注销常叫「销户」或「预约销户」。线上办不用跑一趟，去营业厅能当面问清楚。',
        en: 'Operators’ apps and staff often call cancelling 销户 or 预约销户. Online saves a trip; in a store you can ask questions face to face.',
      },
      tasks: [
        {
          id: 'chooseMethod',
          kind: 'method',
          title: { zh: '选择线上注销还是去营业厅', en: 'Choose online or in a store' },
          why: {
            zh: '还没选注销方式：线上和营业厅各有各的步骤。',
            en: 'You have not chosen how to cancel: online and in a store have different steps.',
          },
        },
        {
          id: 'onlineOpen',
          kind: 'prerequisite',
          when: { method: 'online' },
          title: { zh: '在运营商官方 App 或官网找到「销户」入口', en: 'Find the cancellation (销户) page in the operator’s own app or website' },
          detail: {
            zh: '只用运营商官方渠道，不点别人发来的链接，不找第三方代办。找不到或不支持线上办，就改成去营业厅。',
            en: 'Use only the operator’s own app or site; never a link someone sent you or a third-party agent. If there is no online cancellation, choose the store instead.',
          },
          why: { zh: '还没找到官方的销户入口。', en: 'You have not found the official cancellation page yet.' },
        },
        {
          id: 'onlineForm',
          kind: 'prerequisite',
          when: { method: 'online' },
          title: { zh: '填写注销申请', en: 'Fill in the cancellation request' },
          detail: {
            zh: '姓名、证件号码、手机号码等，填完逐项核对。',
            en: 'Name, ID number, phone number and so on: check each one before you go on.',
          },
          why: { zh: '注销申请还没填好。', en: 'The cancellation request is not filled in yet.' },
        },
        {
          id: 'onlineUpload',
          kind: 'prerequisite',
          when: { method: 'online' },
          title: { zh: '按要求上传材料，需要时完成人脸识别', en: 'Upload what is asked for, and do the face check if there is one' },
          detail: {
            zh: '照片要清楚完整，只传页面要求的材料。',
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
            zh: '提交后截图，记下订单号或业务流水号。',
            en: 'After submitting, take a screenshot and note the order or reference number.',
          },
          why: { zh: '注销申请还没提交。', en: 'The cancellation is not submitted yet.' },
        },
        {
          id: 'storeFind',
          kind: 'prerequisite',
          when: { method: 'store' },
          title: { zh: '问清哪家营业厅能办，带齐材料去', en: 'Find a store that can do it, and take the materials' },
          detail: {
            zh: '一般要去运营商自有营业厅，合作营业厅和代理点常常办不了。从 2019 年起，一般在外省也能办注销。出发前打客服电话，问清哪家能办、要带什么。',
            en: 'It usually has to be one of the operator’s own stores; agents often cannot do it. Since 2019 it can usually be done in another province too; call customer service before you go to ask which store and what to bring.',
          },
          why: { zh: '还没确定去哪家营业厅、材料还没带齐。', en: 'You have not picked a store or gathered the materials yet.' },
        },
        {
          id: 'storeAsk',
          kind: 'prerequisite',
          when: { method: 'store' },
          title: { zh: '向工作人员说明要注销号码', en: 'Tell the staff you want to cancel the number' },
          why: { zh: '还没向工作人员说明来意。', en: 'You have not told the staff yet.' },
          say: {
            zh: '你好，我想给 ____ 这个号码办销户。我是机主（或：我替机主 ____ 来办，这是授权书和我们两人的身份证件）。麻烦帮我查一下有没有欠费、协议和余额，注销什么时候生效。办完麻烦给我受理单；能开注销证明的话也请开一份。',
            en: 'Hello, I’d like to cancel the number ____ (销户). I am the holder (or: I am here for the holder, ____; here are the authorisation and both our IDs). Could you check for money owed, agreements and credit, and tell me when the cancellation takes effect? Afterwards, please give me the receipt, and a cancellation certificate if you can issue one.',
          },
        },
        {
          id: 'storeSubmit',
          kind: 'submit',
          when: { method: 'store' },
          title: { zh: '按工作人员要求填表或在受理单上签字', en: 'Sign the form or slip the staff give you' },
          detail: {
            zh: '签字前核对受理单上的号码和生效时间。',
            en: 'Before you sign, check the number and the effective date on the form.',
          },
          why: { zh: '注销申请表还没交。', en: 'The cancellation form is not handed in yet.' },
        },
      ],
    },
    {
      id: 'after',
      phase: 'after',
      title: { zh: '收尾：确认、退款和复查', en: 'Finishing off: confirmation, refund and a re-check' },
      intro: {
        zh: '交了申请还不算注销完。等运营商确认，再收尾。',
        en: 'Handing in the request is not the end. Wait for the operator to confirm, then finish off.',
      },
      tasks: [
        {
          id: 'keepProof',
          kind: 'followUp',
          title: { zh: '保存凭证：受理单、业务流水号或注销证明', en: 'Keep the proof: the receipt, reference number or certificate' },
          detail: {
            zh: '营业厅通常会给受理单，上面有业务流水号；正式的注销证明有时要主动要。线上办的，保存截图和申请编号。都拍照留底。',
            en: 'A store usually hands over a receipt (受理单) with a reference number (业务流水号); a formal certificate (注销证明) sometimes has to be asked for. Online, keep the screenshot and application number. Photograph everything.',
          },
          why: { zh: '还没保存注销的凭证。', en: 'You have not kept the proof of cancellation yet.' },
        },
        {
          id: 'operatorConfirmed',
          kind: 'confirm',
          title: { zh: '运营商已确认注销', en: 'The operator has confirmed the cancellation' },
          detail: {
            zh: '注销可能马上生效，也可能到月底才生效（预约销户）。号码停用后没法再用验证码登录查，可以这样确认：凭受理单或业务流水号打客服电话查办理状态；用「一证通查」看机主名下的号码数少了一个；用别的手机打这个号码，听是否提示空号或停机。记下确认日期和编号。',
            en: 'It may take effect at once or at the end of the month (预约销户). Once the line is dead you cannot log in with a code to check, so confirm it another way: call customer service with the receipt or reference number and ask for the status; check that 一证通查 shows one number fewer in the holder’s name; call the number from another phone and listen for “not in service” or “suspended”. Record the date and any reference.',
          },
          why: { zh: '运营商还没确认注销。', en: 'The operator has not confirmed the cancellation yet.' },
        },
        {
          id: 'refundReceived',
          kind: 'followUp',
          when: { question: 'refund', is: 'yes' },
          title: { zh: '确认余额退款到账', en: 'Check the refund has arrived' },
          detail: {
            zh: '记下退款方式和预计到账时间，到时候没到账就打客服电话，报受理单上的编号。',
            en: 'Note how and when the refund will be paid; if it has not arrived by then, call customer service and quote the reference on your receipt.',
          },
          why: { zh: '余额退款还没到账。', en: 'The refund has not arrived yet.' },
        },
        {
          id: 'removeEsim',
          kind: 'followUp',
          when: { question: 'esim', is: 'yes' },
          requires: ['operatorConfirmed'],
          title: { zh: '运营商确认后，删除手机里的 eSIM', en: 'Once the operator has confirmed, delete the eSIM' },
          detail: {
            zh: '通常在手机的「设置 → 蜂窝网络」或「移动网络」里。',
            en: 'Usually under Settings → Mobile data (or Cellular) on the phone.',
          },
          why: { zh: '旧的 eSIM 还在手机里。', en: 'The old eSIM is still on the phone.' },
        },
        {
          id: 'destroySim',
          kind: 'followUp',
          when: { question: 'esim', is: 'no' },
          requires: ['operatorConfirmed'],
          title: { zh: '运营商确认后，剪掉旧 SIM 卡', en: 'Once the operator has confirmed, cut up the old SIM card' },
          detail: {
            zh: '剪断卡上的金属芯片再扔。',
            en: 'Cut through the metal chip before you throw it away.',
          },
          why: { zh: '旧 SIM 卡还没处理。', en: 'The old SIM card has not been dealt with.' },
        },
        {
          id: 'recheckBindings',
          kind: 'followUp',
          requires: ['operatorConfirmed'],
          title: { zh: '过一阵再查一遍，确认没有账号还绑着旧号码', en: 'Check again later that no account still uses the old number' },
          detail: {
            zh: '号码通常会冻结一段时间（常见说法是约三个月）再放给别人。在那之前，再登录银行、支付、社交和政务 App，看绑定的手机号是不是都换成了新号码。',
            en: 'A number is usually frozen for a while (often said to be about three months) before it is given to someone else. Before then, log in to your bank, payment, social and government apps again and check that the phone number on each account is the new one.',
          },
          why: { zh: '还没复查绑定。', en: 'You have not checked the accounts again.' },
        },
      ],
    },
  ],
};

/** Where to turn when the operator will not cancel, in the order to try them. */
export const stuckGuidance: readonly { readonly title: Bilingual; readonly detail: Bilingual }[] = [
  {
    title: { zh: '打运营商客服电话', en: 'Call the operator’s customer service' },
    detail: {
      zh: '说明要注销、卡在哪一步，记下工单号。',
      en: 'Say you want to cancel and where you are stuck, and note the ticket number.',
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
    title: { zh: '向工信部电信用户申诉（12300）', en: 'In mainland China: the MIIT telecom complaint service (12300)' },
    detail: {
      zh: '向运营商投诉后还没解决，可以向工业和信息化部电信用户申诉受理中心（12300）申诉。',
      en: 'If the operator’s complaint process does not resolve it, the Ministry of Industry and Information Technology takes telecom complaints at 12300.',
    },
  },
];
