/** 简体中文 for the family lesson page (家长课堂, opened from a teacher's link without an account): part of the student pack, which it shares the section labels with. Same keys as family.en.ts. */
export const familyZh = {
  'family.kicker': '家长课堂',
  'family.intro': '孩子的老师把这节课分享给您。不需要注册或登录，直接往下读就可以。',
  'family.checkNote': '小测验的对错只在这台设备上显示，不会保存，也不会发给任何人。',
  'family.privacy': '我们只统计有多少台设备打开过这个链接，不知道也不记录您是谁。',
  'family.expiredTitle': '链接已失效',
  'family.expired': '这个链接已失效，请向老师要新的链接。',
} as const satisfies Record<string, string>;
