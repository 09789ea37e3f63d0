/** 离线：离线提示、离线时打开的页面、测验的保存状态。 */
export const offlineZh = {
  'offline.notice': '离线 — 你的作答保存在本设备上',
  'offline.noticeStaff': '离线 — 恢复网络前无法保存更改',
  'offline.pageUnavailable': '你现在离线，这一页还没有保存在本设备上。恢复网络后会自动重新加载。',
  'error.offline': '你现在离线。恢复网络后再试。',
  'quiz.navWaiting': '第 {n} 题，已选择，等待保存',
  'quiz.navigatorLegend': '带 ✓ 的题目已保存；带 … 的题目已选择、等待保存；虚线框的题目还没有作答。',
  'quiz.saveStatusLabel': '保存状态',
  'quiz.confirmQueued': '有 {n} 个答案还只保存在本设备上，交卷时会先把它们保存到服务器。',
  'quiz.confirmAllSaved': '你的答案都已保存到服务器。',
} as const satisfies Record<string, string>;
