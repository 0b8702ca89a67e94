import type { PathFile } from '../words';

/** A number from abroad's questions, groups and tasks, by the checklist's ids, in Chinese: loaded once the number is known to be from abroad. */
export const zhAbroad = {
  ui: {
    tagline: '一步步停用境外号码、保号卡或 eSIM：先换绑账号、处理好余额和扣费，再让它停用。',
    status: {
      headline: (readiness, confirmedOn) => {
        switch (readiness) {
          case 'blocked':
            return '还不能开始停用这张卡';
          case 'ready':
            return '可以开始停用这张卡了';
          case 'submitted':
            return '已开始停用，到时确认它真的停了';
          case 'confirmed':
            return confirmedOn ? `已确认这张卡停用了（${confirmedOn}）` : '已确认这张卡停用了';
        }
      },
      warningsHeading: '开始停用后又取消勾选的事项',
      warningsIntro: '你已经开始停用这张卡，但下面这些事现在没有勾选。趁号码还能收验证码，确认它们确实办好了。',
    },
    overview: { printLink: '打印清单（联系运营商时对照）' },
  },
  reasons: {
    waitsForSubmission: '要先做完「停用这张卡」那一步',
  },
  questions: {
    ukOperator: {
      title: '这张英国卡是哪家运营商的？',
      options: { giffgaff: 'giffgaff', lebara: 'Lebara', ee: 'EE', vodafone: 'Vodafone', three: 'Three', other: '其他运营商' },
    },
    usOperator: {
      title: '这张美国卡是哪家运营商的？',
      options: { ultra: 'Ultra Mobile', tmobile: 'T-Mobile', other: '其他运营商' },
    },
    plan: {
      title: '这张卡是预付费，还是按月合约？',
      options: { prepaid: '预付费（充值或买套餐，没有合约）', contract: '按月合约（每月出账单）' },
    },
    esim: { title: '这张卡是 eSIM 吗？' },
  },
  groups: {
    check: { title: '先决定怎么停用，并按时保号' },
    protect: { title: '趁还能收验证码：换绑账号，处理好余额和扣费' },
    cancel: { title: '停用这张卡' },
    after: { title: '停用之后：确认、处理旧卡、复查' },
  },
  tasks: {
    chooseEnd: {
      title: '决定怎么停用这张卡',
    },
    keepAlive: {
      title: '账号换绑完之前，按时保号',
    },
    hkRealName: {
      title: '查一下这张卡是不是实名登记在你名下',
    },
    rebind: {
      title: '换绑用这个号码的账号',
    },
    twoStep: {
      title: '两步验证改用身份验证器 App，存好恢复码',
    },
    autoRenew: {
      title: '关掉自动续费，删掉保存的银行卡',
    },
    credit: {
      title: '余额：用掉，或者当它没了',
    },
    keepEsim: {
      title: '确认停用之前，先别删 eSIM',
    },
    lapseStop: {
      title: '停止保号',
    },
    closeFind: {
      title: '问清怎么联系运营商关闭这张卡',
    },
    closeAsk: {
      title: '请运营商关闭这张卡，记下编号和日期',
    },
    portCode: {
      title: '拿到转网码',
    },
    portSubmit: {
      title: '把转网码交给新运营商',
    },
    lineGone: {
      title: '确认这张卡真的停用了',
    },
    finalBillAbroad: {
      title: '付清最后一笔账单，再取消自动扣款',
    },
    abroadRemoveEsim: {
      title: '确认停用后，删除手机里的 eSIM',
    },
    abroadDestroySim: {
      title: '确认停用后，剪掉旧 SIM 卡',
    },
    abroadRecheck: {
      title: '过一阵再查一遍，确认没有账号还用着这个号码',
    },
  },
} satisfies PathFile;
