import type { PathPagesFile, ScriptFacts } from '../words';
import { zhPages } from './zh.pages';

/** Sentences joined into one paragraph, leaving out those that do not apply. */
const para = (...parts: readonly (string | false)[]): string => parts.filter(Boolean).join('');

/** What keeps this operator's line alive, and for how long: each figure as sure as abroad-notes.md is. */
function lifeOf(f: ScriptFacts): string {
  if (f.plan === 'contract') {
    return '按月合约一般只要按时交费就一直能用。一直交到关闭后的最后一笔账单：不交费并不能结束合约，还可能留下欠费。';
  }
  if (f.place === 'hk') {
    return '香港的预付费卡靠充值保号：每充一次，有效期就延长一次。有效期一过（有的还有 30 天宽限期），号码和储值都会作废。各家规定不同，以运营商的条款为准。';
  }
  if (f.place === 'uk') {
    const rule: Readonly<Record<string, string>> = {
      giffgaff: 'giffgaff 的条款：每 6 个月至少要有一次计费使用，否则卡会停用，余额清零，号码被回收后无法恢复。',
      lebara:
        'Lebara 英国：据用户反映和一次在线客服的答复，大约 90 天没有计费使用就会停用（没找到官方说明）。有人的卡撑过了一年，但别指望超过 90 天；稳妥的做法是每 70–75 天左右用一次。',
      ee: 'EE 预付费的条款：60 天不用会收到提醒短信；179 天没有计费使用，账户会「休眠」，余额清零，打电话给 EE 可以恢复。休眠不等于号码没了，什么时候放给别人并不清楚。',
      vodafone: 'Vodafone 英国预付费：每 180 天要有一次计费使用；超过后会收到短信，提醒 90 天后到期，前后大约 270 天。这个说法来自一份较旧的页面，以 Vodafone 现行条款为准。',
    };
    return para(
      '在英国，计费的短信、电话或流量才算使用。',
      rule[f.operator ?? ''] ?? '没查到这家运营商的停用期限：问运营商什么算使用、多久不用会停用。',
    );
  }
  if (f.operator === 'ultra') return 'Ultra Mobile 靠按时付款保号：漏付一次，账户就会暂停，30 天后号码被删除。';
  if (f.operator === 'tmobile') return 'T-Mobile 预付费：按时付款或充值，别让账户暂停。据一位用户反映，暂停后大约 120 天账户会被取消，具体问运营商。';
  return '各家规定不同：问运营商什么算使用、多久不用会停用。';
}

/** Where to write the date down on the keep-alive page, by what it is counted from. */
const noteDate = {
  lastUse: '留点余量，别等到最后几天；每次保号后，在下面记下日期。',
  cardExpiry: '留点余量，别等到最后几天；每次充值后，在下面记下卡的新有效期。',
  paymentDue: '每次付款后，在下面记下下一次该付款的日期。',
  operatorEnd: '问运营商：一直不用的话，这张卡哪天停用？把那天记在下面。',
} as const;

/** The task, questions and list pages of a number from abroad, in Chinese: loaded with the first of those pages. */
export const zhAbroadPages = {
  ui: {
    elsewhere: '这份清单按英国、香港和美国常见的预付费卡和合约写。其他地方的规定可能不同，拿不准就问运营商。',
    dateField: {
      submitted: '哪天开始停用这张卡的？',
      submittedHint: '默认是你勾选的那天，不对的话可以改。确认停用的日期不能早于这一天。',
      errors: {
        needsDate: '请填一个完整的日期。',
        futureDate: '日期不能晚于今天。',
        afterConfirmation: '开始停用的日期不能晚于确认停用的日期。',
      },
    },
    // The lines page lists every line, on either path: these words fit both.
    linesPage: {
      status: { blocked: '还有事要先做', ready: '可以开始了', submitted: '已开始，等确认', confirmed: '已确认办完' },
    },
    task: {
      submitted: '停用这张卡的那一步，我已经做了',
    },
    print: {
      intro: '打印整份清单，联系运营商时对照。历史记录默认不打印。',
    },
    methodLegend: '怎么停用这张卡',
    refused: {
      confirmed: '已经记下这张卡停用了，所以这一项不能取消勾选。如果记错了，先在「确认这张卡真的停用了」那一步撤销确认。',
      afterDone: '「停用之后」里的步骤已经勾选了，所以这一项不能取消勾选。如果是勾错了，先取消那些步骤的勾选。',
    },
    unbind: {
      find: '在短信里搜「code」和「验证码」，看看都有谁给你发过验证码。密码管理器里存的网站，和邮箱里关于登录、验证的邮件，也能帮你想起用过这个号码的账号。',
    },
    confirmation: {
      dateLabel: '哪天确认这张卡已经停用？',
      referenceLabel: '运营商给的编号（选填）',
      record: '记下已停用',
      recorded: (date, ref) => `你在${date}确认这张卡已停用${ref ? `，编号 ${ref}` : ''}。`,
      needsDate: '请填写确认停用的日期。',
      notSubmitted: '要先开始停用这张卡（你选的停用方式里的最后一步），才能记下它已停用。',
      beforeSubmission: (day) => `确认停用的日期不能早于开始停用的日期（${day}）。如果那个日期记错了，可以在开始停用的那一步改。`,
      flagged: (day) => `记下的确认日期早于开始停用的日期（${day}），请核对一下哪个记错了。`,
    },
    stuck: { heading: '运营商不配合怎么办', intro: '运营商不肯关闭或不放号、一直不答复，或者对费用有争议时，可以按顺序试：' },
    history: {
      // The entries of this list's own steps; the rest are said as on either list.
      entry: (kind, subject, value) => {
        switch (kind) {
          case 'method':
            return `选择停用方式：${value}`;
          case 'submit':
            return `开始停用：「${subject}」`;
          case 'confirm':
            return `记下已停用：${value}`;
          case 'unconfirm':
            return '撤销「已停用」的记录';
          default:
            return zhPages.ui.history.entry(kind, subject, value);
        }
      },
    },
  },
  groups: {
    check: {
      intro: '先决定怎么停用这张卡。账号换绑完之前，别让它停掉：卡一停，验证码就收不到了。',
    },
    protect: {
      intro: '这些事一定要趁还能收验证码时做完：卡一停，验证码就收不到了。据用户反映，运营商有时会停掉长期在境外使用的卡，所以别拖。',
    },
    cancel: {
      intro: '按你选的方式停用这张卡。到这一步之前，都还来得及改主意。',
    },
    after: {
      intro: '开始停用还不等于已经停了。到时候确认它真的停了，再删 eSIM 或剪卡。合约卡还要付清最后一笔账单。',
    },
  },
  questions: {
    ukOperator: {
      help: '不确定的话，看手机设置里显示的运营商名称，或者看充值短信。',
      changes: '清单会按这家运营商的规定，说明怎样才算保号、多久不用会停用。选「其他运营商」，清单会请你去问运营商。',
    },
    usOperator: {
      changes: '清单会按这家运营商说明怎么保号、多久会停用。Ultra Mobile 靠付款保号：不再付款，就是停用这张卡的那一步。',
    },
    plan: {
      help: '预付费是先充值或先买套餐再用，没有合约；按月合约是每月出账单。',
      changes: '选「预付费」会加上「关掉自动续费，删掉保存的银行卡」和「余额：用掉，或者当它没了」，也可以选择让它自然停用。按月合约不会自己结束，不交费还可能留下欠费，所以要请运营商关闭，或者携号转网；清单会加上「付清最后一笔账单，再取消自动扣款」。',
    },
    esim: {
      help: 'eSIM 是装在手机里的电子卡，没有实体卡片。',
      changes: '选「是」会加上「确认停用之前，先别删 eSIM」，停用后再提醒你删；选「否」，停用后提醒你剪掉旧 SIM 卡。',
      unsureAdvice: '在查清之前，清单先按「是」处理：确认停用之前，不要删手机里的任何 eSIM。',
    },
  },
  tasks: {
    chooseEnd: {
      why: '每种停用方式要做的事不一样；选好了，清单才能告诉你下一步。',
      detail: (f) =>
        para(
          f.plan === 'contract'
            ? '按月合约要提前通知运营商才能关闭，一般通过在线客服、邮件或账户页面办理。光是不交费并不能结束合约，还可能留下欠费。'
            : '预付费卡最常见的做法是让它自然停用：不再保号，过了运营商规定的期限，卡就会停用，号码以后会放给别人。也可以请运营商关闭：有的运营商接受通过在线客服、邮件或账户页面申请。',
          '还可以携号转网：号码转到另一家运营商，绑着它的账号照常能用，不用一个个换绑。',
          f.place === 'uk' &&
            '在英国，用这张卡发短信「PAC」到 65075，能拿到转网码，带着号码转到别家。发「STAC」到 75075 拿到的码是换新号码用的，只想停掉这张卡，一般用不着。发「INFO」到 85075 可以查离网要付多少钱。人在中国时这些短码能不能发通还不清楚，还可能按漫游收费；发不通就问运营商的在线客服。',
          f.plan === 'contract'
            ? '如果决定留着，照常交费就行，也就用不着这份清单了。'
            : '如果决定留着，按运营商的规定定期用一下就行（见下一项），也就用不着这份清单了。',
        ),
    },
    keepAlive: {
      why: '卡一停，验证码就收不到了，号码以后还会放给别人。',
      detail: (f) =>
        para(
          lifeOf(f),
          f.plan !== 'contract' && '只收短信不算使用：据用户反映，有张 Vodafone 卡每周都收到银行短信，还是被停了。',
          f.place === 'uk' && f.plan !== 'contract' && '在中国发计费短信可能按漫游收费（据用户反映，Lebara 英国卡大约 £0.49 一条）。',
          f.plan === 'contract'
            ? '据用户反映，运营商有时会停掉长期在境外使用的卡，所以尽快换绑账号。'
            : '据用户反映，运营商有时会不等到期就停掉长期在境外使用的卡，所以尽快换绑账号。',
          f.plan === 'contract' ? '这里不用记日期：请运营商关闭或携号转网时，再记下停用的日期。' : noteDate[f.endFrom ?? 'operatorEnd'],
        ),
      done: (f) => (f.plan === 'contract' ? '我会一直按时交费，直到最后一笔账单' : '我已记下日期，会按时保号'),
    },
    hkRealName: {
      why: '香港的预付费卡要实名登记；买来就「已登记」的卡，可能没有预警就被停掉。',
      detail:
        '从 2023 年 2 月 24 日起，香港每张预付费卡都要实名登记（证件、姓名、出生日期）。在运营商的 App 或账户里查一下，这张卡登记的是不是你。香港通讯事务管理局办公室（OFCA）提醒，不要买「已登记」的卡：到 2023 年 10 月，运营商已经注销了大约一百万张不合规的卡，这种卡可能没有预警就停了。不在你名下的，更要尽早换绑账号。如果是中国移动香港（CMHK）的一卡两号（一个香港号码、一个内地号码），停用之前两个号码都要查一遍。',
    },
    rebind: {
      why: '还有账号用着这个号码。卡停了你就收不到验证码；号码放给别人后，下一位用户可能用验证码登录或找回你的账号。',
      detail:
        '把账号一个个换绑到别的号码，能改用身份验证器 App 的更好。每项选「待换绑」「已换绑」或「没绑这个号」，一整组都没有的，点一下「都没绑这个号」。不再用的账号也要换绑或删掉。WhatsApp、Telegram、Signal 这类聊天软件，账号就是这个号码：用它们自带的「更换号码」功能，或者删掉账号。普林斯顿大学 2021 年的研究发现，259 个重新放出的美国号码里，有 171 个还绑着常用网站的账号。',
    },
    twoStep: {
      why: '短信验证码跟着号码走；身份验证器 App 和恢复码留在你自己手里。',
      detail:
        '在每个用这个号码收验证码的账号里，把两步验证改成身份验证器 App，能关的话再关掉短信验证。各账号的恢复码（备用码）存进密码管理器或打印出来，别只存在这部手机上。',
    },
    autoRenew: {
      why: '自动续费或保存的银行卡还在运营商账户里，可能继续扣钱。',
      detail: (f) =>
        para(
          f.operator === 'giffgaff'
            ? 'giffgaff：删掉保存的银行卡，按月自动续的套餐也会一起取消。'
            : f.operator === 'lebara'
              ? 'Lebara：据用户整理的教程，在账户里关掉「Automatic renewal」（自动续费），再从付款方式里删掉银行卡。'
              : '在运营商的 App 或账户里找自动续费、自动充值和保存的付款方式，关掉、删掉。找不到就问客服。',
          f.method === 'lapse' && '自动续费开着的话，可能会替你保号，卡就停不了。',
          '趁还能登录时做：登录可能要用发到这个号码的验证码。',
        ),
    },
    credit: {
      why: '卡停用或转网时，余额通常就没了，一般不退。',
      detail: (f) =>
        para(
          '卡停用或转网时，余额通常就没了。',
          f.operator === 'giffgaff' ? 'giffgaff 的条款写明余额会作废；能退款的，主要是开卡后 14 天之内。' : '能退款的情况不多：以 giffgaff 为例，主要限于开卡后 14 天之内。',
          f.operator === 'lebara' && '没找到 Lebara 英国的退款规定。',
          f.place === 'hk' && '在香港，中国移动香港（CMHK）不退储值。',
          f.place === 'uk' ? '趁现在用掉（保号发的计费短信也会用掉一些），或者就当它没了。' : '趁现在用掉，或者就当它没了。',
          '可以问运营商能不能退，但别指望。',
        ),
      done: '余额已用掉，或者就当它没了',
    },
    keepEsim: {
      why: '删掉 eSIM 不会停用这张卡，只会让你收不到验证码，而且通常装不回来。',
      detail: '删掉 eSIM 不会停用这张卡，而且通常装不回来。没有它，换绑账号要用的验证码就收不到了。等确认停用后再删，清单最后会提醒你。',
      done: '我知道了：确认停用之前不删',
    },
    lapseStop: {
      why: '停止保号后，过了运营商规定的期限，卡就会停用；前面的准备都是为了这一步。',
      detail: (f) =>
        para(
          f.operator === 'ultra'
            ? 'Ultra Mobile：不再付下一期的钱。漏付后账户会暂停，30 天后号码被删除。'
            : f.place === 'hk'
              ? '不再充值。有效期一过（有的还有 30 天宽限期），号码和储值就作废。'
              : '从现在起，不再发计费短信、打电话、用流量，也不再充值。',
          '先确认自动续费已经关掉，不然它可能会替你保号。',
          {
            lastUse: '最后一次保号是哪天，记在「账号换绑完之前，按时保号」那一项里，清单会据此算出大约的日期。',
            cardExpiry: '卡的有效期到哪天，记在「账号换绑完之前，按时保号」那一项里，清单会据此列出大约的日期。',
            paymentDue: '不再付的那一期本该哪天付款，记在「账号换绑完之前，按时保号」那一项里，清单会据此算出大约的日期。',
            operatorEnd: '问运营商这张卡大约哪天停用，记在「账号换绑完之前，按时保号」那一项里。',
          }[f.endFrom ?? 'operatorEnd'],
        ),
      done: (f) => (f.operator === 'ultra' ? '我不会再付下一期的钱' : f.place === 'hk' ? '我已不再充值' : '我已停止保号'),
    },
    closeFind: {
      why: '先问清通过什么渠道办、要付多少钱；只是问，不会关闭这张卡。',
      detail: (f) =>
        para(
          '一般通过在线客服、邮件或账户页面办理。',
          f.plan !== 'contract' &&
            (f.operator === 'giffgaff' || f.operator === 'lebara') &&
            `没找到 ${f.operator === 'giffgaff' ? 'giffgaff' : 'Lebara'} 预付费卡的自助关闭按钮，一般要找客服。`,
          f.plan === 'contract' && '合约要提前通知运营商：问清要提前多久通知、解约要付多少钱。',
          f.place === 'uk' && '在英国，用这张卡发「INFO」到 85075，可以查离网要付多少钱。',
          '只是问，不会关闭这张卡。',
        ),
    },
    closeAsk: {
      why: '运营商可能马上就关闭，所以要先换绑账号、改好两步验证、处理好钱的事。',
      detail: (f) =>
        para(
          f.plan === 'contract'
            ? '联系运营商，通知对方要关闭这张卡。记下对方给的编号和关闭日期，日期填在下面。最后一笔账单出来之前，照常交费。'
            : '联系运营商，说要关闭这张卡。记下对方给的编号和关闭日期，日期填在下面。',
          f.place !== 'hk' && '下面这段话是英文的，可以直接复制到在线客服或邮件里。',
        ),
      ask: (f) =>
        f.plan === 'contract'
          ? [
              '要提前多久通知？这个号码哪天关闭？',
              '解约要付多少钱？有提前解约费吗？',
              '最后一笔账单什么时候出？付清之前，自动扣款要留着吗？',
              '能给我一个编号，或者发一封确认邮件吗？',
            ]
          : [
              '这个号码哪天关闭？在那之前还会扣钱吗？',
              '还有没结清的费用吗？关闭要收费吗？',
              '余额怎么处理？能退吗？',
              '自动续费关掉了吗？保存的银行卡删掉了吗？',
              '能给我一个编号，或者发一封确认邮件吗？',
            ],
      say: (f) =>
        f.place === 'hk'
          ? para(
              '你好，我想关闭 ____ 这个号码，登记人是 ____。',
              f.plan === 'contract' && '这是按月合约，请告诉我要提前多久通知，以及解约要付多少钱。',
              '请告诉我哪天关闭，并给我一个编号。谢谢。',
            )
          : para(
              'Hello, I would like to close my mobile line, number ____, account holder ____. ',
              f.plan === 'contract' && 'It is on a monthly contract: please tell me the notice period and what leaving will cost. ',
              'Please tell me the date it will close, and give me a reference number for this request. Thank you.',
            ),
      done: '我已请运营商关闭这张卡',
    },
    portCode: {
      why: '新运营商要用这个码才能把号码转过去；只是要码，什么都不会停。',
      detail: (f) =>
        para(
          f.place === 'uk'
            ? '用这张卡发短信「PAC」到 65075，一分钟内会收到转网码，30 天内有效。（75075 的 STAC 是换新号码用的，这里一般用不上。）人在中国时短码能不能发通还不清楚，还可能按漫游收费；发不通就找运营商的在线客服要。'
            : '问新运营商转入需要什么码或信息；需要从这家拿的，再找这家要。',
          '只是要码，什么都不会停：新运营商用了这个码，旧卡才会停。',
        ),
    },
    portSubmit: {
      why: '新运营商用了这个码，旧卡就停了，前面的准备都是为了这一步。',
      detail: (f) =>
        para(
          '在新运营商那里办转入，把码交给他们。通常大约一个工作日内转完，以新运营商说的为准；定下来的日期记在下面。转完后号码在新运营商那里照常用，绑着它的账号也照常收验证码。',
          f.plan === 'contract' ? '原来的运营商之后通常还会出最后一笔账单：付清了，再取消自动扣款。' : '旧卡上的余额通常就没了。',
        ),
      done: (f) => (f.place === 'uk' ? '我已把转网码交给新运营商' : '我已请新运营商办理转入'),
    },
    lineGone: {
      why: '还没确认这张卡已经停用。',
      detail: (f) =>
        para(
          f.method === 'port'
            ? '确认号码在新运营商那里能打电话、能收短信，旧卡或旧 eSIM 已经没有信号。'
            : f.method === 'close'
              ? '过了运营商说的关闭日期，用别的手机打这个号码，听是否提示空号或无法接通；再看运营商账户是否显示已关闭。'
              : '过了首页上的大约日期，确认它真的停了：用别的手机打这个号码，听是否提示空号或无法接通；再看运营商账户是否显示已关闭。实际停用可能比算的晚。',
          f.operator === 'ee' && f.method !== 'port' && 'EE 的账户「休眠」不等于号码没了：打电话还能恢复，什么时候放给别人并不清楚。',
          '确认了就记下日期；运营商给过编号的，也一起记下。',
        ),
    },
    finalBillAbroad: {
      why: '合约结束后通常还有最后一笔账单，没付清可能变成欠费。',
      detail: (f) =>
        para(
          f.method === 'port' ? '号码转走后，原来的运营商通常还会出最后一笔账单。' : '号码关闭后，运营商通常还会出最后一笔账单。',
          '核对一下，看不懂的费用先问运营商。付清之前别取消自动扣款（英国叫 Direct Debit）；付清后再取消，并删掉运营商网上账户里保存的银行卡。',
        ),
    },
    abroadRemoveEsim: { why: '旧的 eSIM 还在手机里。', detail: '确认停用之后再删。通常在手机的「设置 → 蜂窝网络」或「移动网络」里。' },
    abroadDestroySim: { why: '旧 SIM 卡还没处理。', detail: '剪断卡上的金属芯片再扔。' },
    abroadRecheck: {
      why: '还没复查账号。',
      detail:
        '号码停用后，过一阵会放给别人：美国的研究说大约 45 天，其他地方多久不清楚。再登录用过这个号码的账号，看看手机号是不是都换掉了，两步验证是不是已经不走短信。',
    },
  },
  listGroups: {
    'rebind.messaging': '聊天软件',
    'rebind.payment': '支付、银行和券商',
    'rebind.social': '社交',
    'rebind.daily': '购物',
    'rebind.security': 'Apple、Google、Microsoft 等账号',
    'rebind.other': '游戏、加密货币和其他',
  },
  items: {
    'rebind.whatsapp': {
      title: 'WhatsApp',
      where: '停用前用它自带的「更换号码」（通常在「设置 → 账号」里），或者删除账号；再设好两步验证 PIN。如果你的账号 45 天没用，而这个号码又在别的手机上激活了 WhatsApp，你的账号会被清除。',
    },
    'rebind.telegram': { title: 'Telegram', where: '用「更换号码」（通常在「设置」里点你的号码），聊天记录都会保留。再设好两步验证密码和找回邮箱。' },
    'rebind.signal': {
      title: 'Signal',
      where: '用「更换号码」（通常在「设置 → 账号」里），或者删除账号。你 7 天不用 Signal 后，注册锁就会失效，之后谁收到验证码，都能用这个号码注册。',
    },
    'rebind.alipay': { title: '支付宝', where: '通常在「我的 → 设置 → 账号与安全 → 手机号」，换成你会一直用的号码。' },
    'rebind.paypal': {
      title: 'PayPal',
      where: '开着短信两步验证时，验证码会一直发到旧号码。先加上身份验证器 App，再改手机号（通常在「设置 → 安全」里）。短信两步验证关掉后就不能再打开。',
    },
    'rebind.banksAbroad': { title: '境外银行', where: '常常只接受当地号码，改号码可能要去网点或打电话。这也是要一直保号、直到全部改完的原因之一。' },
    'rebind.brokersAbroad': { title: '境外券商和电子钱包', where: '和银行一样，常常只接受当地号码，或者要打电话才能改，早点开始。' },
    'rebind.wechat': { title: '微信', where: '通常在「我 → 设置 → 账号与安全 → 手机号」。' },
    'rebind.x': {
      title: 'X（推特）',
      where: '通常在「设置 → 你的账号 → 账号信息」里改或删号码。从 2023 年 3 月起，短信两步验证只对付费订阅用户开放，请改用身份验证器 App。关掉两步验证不会删掉号码，要单独删。',
    },
    'rebind.discord': { title: 'Discord', where: '先存好备份码：没有备份码，客服也没法帮你去掉两步验证。号码通常在「用户设置 → 我的账号」里。' },
    'rebind.instagram': { title: 'Instagram 和 Facebook', where: '通常在「账户中心」的个人信息和联系方式里改；顺手把两步验证换成身份验证器 App。' },
    'rebind.amazon': { title: '亚马逊（Amazon）', where: '通常在「你的账户 → 登录与安全」里改；两步验证的设置也看一下。' },
    'rebind.apple': {
      title: 'Apple 账户（受信任电话号码）',
      where: '通常在 iPhone「设置 → 你的名字 → 登录与安全」里。账户至少要有一个受信任号码：先加新号码，再删旧号码。',
    },
    'rebind.google': { title: 'Google 账号', where: '在账号的「安全」设置里改恢复电话和两步验证电话。加上身份验证器 App，存好备用验证码：一组 10 个，每个只能用一次。' },
    'rebind.microsoft': {
      title: 'Microsoft 账户',
      where: '在账户的「安全」设置里。一次把所有安全信息都换掉，会进入 30 天等待期：先加新的，再删旧的，始终留着不止一种验证方式。',
    },
    'rebind.github': { title: 'GitHub', where: '通常在设置的「Password and authentication」里：用短信收验证码的，改用身份验证器 App，存好恢复码。' },
    'rebind.openai': {
      title: 'OpenAI / ChatGPT',
      where: '有的账号只用手机号注册，而登录方式一般改不了：如果你是用这个号码登录的，卡停了可能就进不去了。先看清自己用什么登录，要留的内容先存下来。',
    },
    'rebind.games': { title: '游戏账号', where: '通常在游戏平台的账号安全设置里改；用 Apple、Google 或其他账号登录的，跟着那个账号走。' },
    'rebind.steam': { title: 'Steam', where: '没有这部手机时，一般要用 Steam 令牌的恢复码（R 开头）：现在就记下来。号码通常在「账户明细」里改。' },
    'rebind.crypto': { title: '加密货币交易所和其他账号', where: '在各自的安全设置里改号码，两步验证改用身份验证器 App。' },
  },
  methods: {
    lapse: { label: '让它自然停用（不再保号）' },
    close: { label: '请运营商关闭' },
    port: { label: '携号转网（号码转到别的运营商）' },
  },
  stuck: [
    { title: '找运营商客服', detail: '通过在线客服或邮件，说清你要关闭这张卡、现在哪里办不下去。记下编号，保存聊天记录。' },
    { title: '仅限预付费卡：改成让它自然停用', detail: '合约卡不适用。预付费卡关不掉的话，不再保号，到期它也会停。先确认自动续费已经关掉、银行卡已经删掉。' },
    { title: '走运营商的正式投诉流程', detail: '客服解决不了，就按运营商公布的投诉流程正式投诉，留好每次沟通的记录。' },
    { title: '看看监管机构怎么说', detail: '英国的 Ofcom、香港的通讯事务管理局办公室（OFCA），通常都有关于怎么投诉运营商的说明，看看哪条适用于你的情况。' },
  ],
} satisfies PathPagesFile;
