/** 简体中文（默认）: the messages every page needs (the header, sign-in, errors), loaded with the app; the student's pages' are in student.zh.ts, the contests' in contests.zh.ts, the staff's in staff.zh.ts. Keys are grouped by page; en.ts must have exactly the same keys. */
import { offlineZh } from './offline.zh';
export const zh = {
  ...offlineZh,
  'app.title': '清朗校园 ClearCampus',
  'app.name': '清朗校园',
  'a11y.skipToContent': '跳到正文',

  'header.signedInAs': '当前用户：',
  'header.changePassword': '修改密码',
  'header.signOut': '退出登录',
  'header.accountMenu': '账户菜单',
  'header.switchLanguage': 'English',
  'footer.tagline': '清朗校园 · 中小学禁毒教育平台',
  'footer.apiReference': 'API 参考',

  'role.student': '学生',
  'role.teacher': '教师',
  'role.school_admin': '学校管理员',
  'role.bureau': '教育局',
  'role.judge': '评委',
  'role.editor': '内容编辑',



  'bureau.breadcrumbs': '位置',
  'player.back': '返回我的任务',
  'player.status.saving': '正在保存…',
  'player.status.saved': '已保存 ✓',
  'player.status.offline': '离线——恢复网络后自动重试',
  'player.status.retrying': '服务器暂时无法保存，稍后自动重试',
  'player.status.failed': '登录已过期：进度暂存在本机，重新登录后会自动保存。',
  'player.retryNow': '立即重试',
  'common.loading': '正在加载…',
  'common.saving': '正在保存…',
  'common.loadMore': '加载更多',
  'common.actions': '操作',
  'common.yes': '是',
  'common.no': '否',
  'form.fixErrors': '请先更正标出的错误。',

  'time.seconds': '{n} 秒',
  'time.minutes': '{n} 分钟',
  'time.minutesSeconds': '{m} 分 {s} 秒',

  'error.consentRequired': '学校需要先取得你的家长或监护人的同意，你才能登录。请联系你的老师。',
  'error.validation': '提交的内容不符合要求。',
  'error.unauthenticated': '登录已失效，请重新登录。',
  'error.forbidden': '您没有权限进行此操作。',
  'error.passwordChangeRequired': '请先修改初始密码。',
  'error.notFound': '没有找到相关内容。',
  'error.conflict': '与现有数据冲突（例如用户名已被使用）。',
  'error.tooLarge': '提交的内容太大。',
  'error.ruleBroken': '此操作不符合规则。',
  'error.throttled': '尝试次数过多，请稍后再试。',
  'error.throttledWait': '尝试次数过多，请在 {wait}后再试。',
  'error.network': '无法连接服务器，请检查网络后重试。',
  'error.server': '服务器出错了，请稍后再试。',
  'error.unknown': '出现未知错误。',
  'error.accountDelayed': '这个账号的密码输错次数太多。请 {wait}后再试，或请老师帮你解锁。',
  'error.networkLimited': '这个网络登录失败次数太多，请 {wait}后再试。',
  'error.accountDisabled': '这个账号已停用，请联系老师或学校。',
  'error.busy': '服务器正忙，请稍后再试。',
  'error.serverSaid': '服务器说明（英文）：',
  'error.pageTitle': '出错了',
  'notFound.title': '页面不存在',
  'notFound.body': '您访问的页面不存在或已被移动。',
  'notFound.home': '返回首页',

  'signin.title': '登录',
  'signin.intro': '请使用学校或教育局发放的账号登录。',
  'signin.username': '用户名',
  'signin.password': '密码',
  'signin.submit': '登录',
  'signin.busy': '正在登录…',
  'signin.missing': '请输入用户名和密码。',
  'signin.wrong': '用户名或密码错误。',
  'signin.help': '忘记密码？学生请联系班主任，教师请联系学校管理员重置密码。',













  'common.retry': '重试',
  'common.minutes': '约 {n} 分钟',
  'common.dateRange': '{start} 至 {end}',
  'common.moveUp': '上移',
  'common.moveDown': '下移',
  'common.remove': '删除',


} as const satisfies Record<string, string>;
