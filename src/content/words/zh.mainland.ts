import type { PathFile } from '../words';

/** A mainland number's questions, groups and tasks, by the checklist's ids, in Chinese: loaded once the number is known to be a mainland one. */
export const zhMainland = {
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
    },
    checkStatus: {
      title: '向运营商问清账户状况',
    },
    settleBills: {
      title: '交清欠费',
    },
    endContract: {
      title: '处理没到期的协议',
    },
    splitBundle: {
      title: '先解除主副卡、家庭网或融合套餐关系',
    },
    endSharedDevice: {
      title: '先停掉共用号码的业务',
    },
    idDocument: {
      title: '机主的身份证件',
    },
    accountInfo: {
      title: '账户信息：号码、服务密码、邮箱、绑定的银行卡',
    },
    deviceUnlock: {
      title: '确认设备已解锁',
    },
    contractPapers: {
      title: '找出协议',
    },
    authorisation: {
      title: '机主授权书和双方身份证件',
    },
    backup: {
      title: '备份通讯录和短信',
    },
    rebind: {
      title: '把绑定这个号码的账号换绑到新号码',
    },
    stopAutoPay: {
      title: '停掉自动充值、代扣和亲情付',
    },
    handleBalance: {
      title: '查清余额，决定用完、退还还是转走',
    },
    finalBill: {
      title: '备好本月还没出账的话费',
    },
    keepEsim: {
      title: '运营商确认注销前，先别删 eSIM',
    },
    reachable: {
      title: '办完之前保持号码畅通',
    },
    chooseMethod: {
      title: '选择线上注销还是去营业厅',
    },
    onlineOpen: {
      title: '在运营商官方 App 或官网找到「销户」入口',
    },
    onlineForm: {
      title: '填写注销申请',
    },
    onlineUpload: {
      title: '按要求上传材料，需要时完成人脸识别',
    },
    onlineSubmit: {
      title: '提交线上注销申请',
    },
    storeFind: {
      title: '打电话问清哪家营业厅能办、要带什么',
    },
    storeAsk: {
      title: '带齐材料去营业厅，向工作人员说明要注销',
    },
    storeSubmit: {
      title: '按工作人员要求填表或在受理单上签字',
    },
    keepProof: {
      title: '保存凭证：受理单、业务流水号或注销证明',
    },
    operatorConfirmed: {
      title: '运营商已确认注销',
    },
    refundReceived: {
      title: '确认余额退款到账',
    },
    removeEsim: {
      title: '运营商确认后，删除手机里的 eSIM',
    },
    destroySim: {
      title: '运营商确认后，剪掉旧 SIM 卡',
    },
    recheckBindings: {
      title: '过一阵再查一遍，确认没有账号还绑着旧号码',
    },
  },
} satisfies PathFile;
