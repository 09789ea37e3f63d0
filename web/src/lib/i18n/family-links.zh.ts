/** 简体中文 for sharing a families lesson from the class page (part of the staff pack). Same keys as family-links.en.ts. */
export const familyLinksZh = {
  'familyLinks.title': '家长课堂',
  'familyLinks.hint': '把链接发到班级家长群：家长打开就能学，不需要账号。我们只统计打开的设备数，不记录是谁打开的。',
  'familyLinks.module': '家长课程',
  'familyLinks.pick': '请选择',
  'familyLinks.create': '生成链接',
  'familyLinks.creating': '正在生成…',
  'familyLinks.moduleMissing': '请先选择一门家长课程。',
  'familyLinks.noModules': '现在还没有可以分享的家长课程。',
  'familyLinks.none': '这个班还没有分享过家长课程。',
  'familyLinks.created': '已生成《{title}》的链接。',
  'familyLinks.existing': '《{title}》已经有链接了，就是下面这一个。',
  'familyLinks.urlLabel': '《{title}》的链接',
  'familyLinks.copy': '复制链接',
  'familyLinks.copied': '链接已复制，可以粘贴到家长群了。',
  'familyLinks.copyFailed': '无法自动复制：请选中上面的链接，再手动复制。',
  'familyLinks.opens': '{n} 台设备打开过',
} as const satisfies Record<string, string>;
