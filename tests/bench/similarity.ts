import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { jaccard, shingles, signature, SIMILARITY_THRESHOLD } from '../../functions/src/domain/similarity/minhash.js';
import { REPO_ROOT } from '../../functions/src/local/config.js';
import { startDynamoDbLocal } from '../../functions/src/local/dynamodb-local.js';
import { KNOWN_TEXTS, seedKnownTexts } from '../../functions/src/seed/contests/known-texts.js';
import { checkAndIndex } from '../../functions/src/services/similarity.js';
import { connect, type Db } from '../../functions/src/store/client.js';
import { ensureTable } from '../../functions/src/store/create-table.js';
import { removeText } from '../../functions/src/store/similarity.js';

/**
 * `npm run bench:similarity`: the similarity check of a submitted essay (checkAndIndex) in a contest
 * of 1,000 and one of 10,000 synthetic entries, on one DynamoDB Local. The same 200 probe essays are
 * checked in both, each probe in one contest right after the other (which goes first alternates), so
 * JIT, GC and the machine's other load weigh on both alike; each probe is taken out again after its
 * check so the sizes stay put.
 * Writes the "Similarity check at scale" section of docs/PERFORMANCE.md. Numbers, not pass/fail.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SIZES = [1_000, 10_000] as const;
const PROBES = 200;
const WARMUP = 20;
/** Share of filled entries that are near-copies of an earlier one, and of probes that copy an entry. */
const PLANTED_SHARE = 0.02;
const PROBE_COPIES = 20;
const FILL_CONCURRENCY = 4;
const SECTION = '## Similarity check at scale';

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (n: number) => n.toLocaleString('en');
const ms = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));

/** mulberry32: the same essays on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

// Word lists for synthetic essays. Sentences draw a word per slot, so two essays share a 5-gram
// about as rarely as two honest essays on one theme do (Jaccard ≈ 0.01), while the theme's set
// phrases recur as they do in real entries.
const words = (s: string) => s.trim().split(/\s+/);
const NOUNS = words(`学校 老师 同学 家长 朋友 书包 课本 作业 考试 操场 教室 黑板 窗户 阳光 雨水 花园 树叶 小路 街道 车站 公园 超市 医院 图书 报纸 电脑 手机 视频
  新闻 故事 道理 知识 法律 规则 责任 健康 身体 大脑 心脏 生命 青春 梦想 未来 理想 习惯 爱好 音乐 绘画 篮球 足球 跑步 游泳 舞蹈 书法 诗歌 小说 电影
  歌曲 节目 比赛 活动 展览 海报 标语 横幅 讲座 班会 队伍 社区 村庄 城市 家乡 山坡 河流 田野 天空 星星 月亮 冬天 夏天 春天 秋天 早晨 傍晚 深夜 周末
  假期 节日 礼物 饮料 零食 糖果 药片 粉末 包装 标签 诱惑 危险 陷阱 谎言 真相 勇气 信心 决心 力量 温暖 友谊 亲情 家庭 父母 邻居 民警 医生 记者 律师
  伙伴 少年 孩子 老人 心情 情绪 压力 烦恼 快乐 幸福 希望 选择 后果 代价 教训 经验 记忆 日记 信件 卡片 照片 问卷 答案 问题 意见 建议 办法 计划 目标
  行动 脚步 声音 笑容 眼神 双手 汗水 泪水 心灵 世界 社会 时代 风景 灯光 钟声 花朵 种子 土地 桥梁 道路 门口 楼道 食堂 宿舍 网吧 商店 车厢 广场 舞台`);
const VERBS =
  words(`学习 阅读 思考 讨论 分享 交流 发现 认识 了解 明白 懂得 记住 忘记 拒绝 接受 选择 坚持 放弃 保护 守护 帮助 支持 鼓励 提醒 告诉 询问 回答 解释 讲述
  描述 表达 倾听 观察 参观 参加 组织 准备 设计 制作 完成 开始 改变 影响 伤害 远离 靠近 离开 走进 走出 打开 放下 拿起 收到 写下 画出 唱起 望着 看到
  听到 想起 相信 担心 害怕 期待 珍惜 感谢 原谅 尊重 理解 陪伴 照顾 关注 宣传 传播 识破 抵制 面对 克服 战胜 承担 遵守 追求 寻找 等待 整理 记录
  收集 比较 练习 描绘 反思 总结 回忆 憧憬 告别 迎接 点亮 守住 揭开 看清 拥抱 追逐 播下 浇灌 编织 搭建`);
const ADJECTIVES = words(`美丽 明亮 温暖 寒冷 安静 热闹 漂亮 奇怪 可疑 危险 安全 健康 快乐 悲伤 紧张 轻松 认真 仔细 勇敢 坚强 善良 诚实 聪明 冷静 清醒 简单 复杂
  重要 珍贵 宝贵 真实 虚假 陌生 熟悉 亲切 严肃 活泼 清楚 模糊 遥远 短暂 长久 沉重 轻快 鲜艳 灰暗 干净 整洁 崭新 古老 年轻 成熟 坚定 匆忙 缓慢
  耐心 热情 冷漠 真诚 平凡 特别 普通 神秘 可怕 可爱 难忘 深刻 微小 巨大 明媚 湿润 柔软 坚硬`);
const ADVERBS =
  words(`认真地 悄悄地 郑重地 反复地 耐心地 笑着 轻声地 大声地 毫不犹豫地 小心地 坚定地 兴奋地 慢慢地 突然 默默地 严肃地 热情地 急切地 平静地 仔细地
  不停地 主动 再三 好奇地 诚恳地 久久地 轻轻地 用力地 一遍遍地 静静地`);
const PEOPLE =
  words(`我 我的同桌 班主任 表哥 邻居家的姐姐 语文老师 体育委员 一位民警 我的好朋友 爷爷 妈妈 爸爸 初三的学长 隔壁班的同学 社区的志愿者 校医 一位陌生人
  我们小组 全班同学 表妹 舅舅 校长 心理老师 图书管理员 篮球队的队长 一个转学生 外婆 科学老师 讲解员 班长 一位医生 学习委员 数学老师 室友 姑姑
  宣讲员 足球教练 大伯 英语老师 合唱团的朋友 音乐老师 后桌的男生 年级主任 奶奶 小姨 堂弟 新来的老师 物理老师 美术老师`);
const TIMES =
  words(`上周五 去年冬天 那天傍晚 开学第一天 一个下雨的早上 暑假里 期中考试以后 周末的下午 前几天 放学路上 国庆假期 晚自习时 课间 春节前夕 运动会那天
  一次班会上 初一那年 某个夜晚 假期的最后一天 清晨 午休的时候 体育课后 参观展览时 社区活动中 回老家的时候 夏令营期间 周日上午 考试前夜 去年春天
  上学期末 寒假里 元旦晚会上 升旗仪式上 那年秋天 换座位那天 第一次住校时 生日那天 一个晴朗的中午`);
const CONNECTORS = words('后来 于是 可是 不过 没想到 从那以后 那一刻 说实话 回想起来 其实 渐渐地 然而 果然 原来 终于 直到现在 毕竟 更重要的是 所以 同时');
const REALIZE = words('我明白了 我意识到 我懂得了 我深深感到 我相信 我常常想 我终于知道 我发现 我告诉自己 我暗暗下定决心');
const LOCATIONS = words('里 旁边 前面 门口 附近 角落 对面 后面');
const SET_PHRASES = ['珍爱生命，远离毒品。', '拒绝毒品，从我做起。', '毒品是青春的敌人。', '对毒品说“不”。', '健康的生活才是真正的快乐。'];

function essayWriter(seed: number) {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const templates = [
    () => `${pick(TIMES)}，${pick(PEOPLE)}在${pick(NOUNS)}${pick(LOCATIONS)}${pick(VERBS)}了${pick(ADJECTIVES)}的${pick(NOUNS)}。`,
    () => `${pick(PEOPLE)}${pick(ADVERBS)}${pick(VERBS)}${pick(NOUNS)}，${pick(CONNECTORS)}${pick(VERBS)}了${pick(NOUNS)}和${pick(NOUNS)}。`,
    () => `${pick(REALIZE)}，${pick(ADJECTIVES)}的${pick(NOUNS)}不能${pick(VERBS)}${pick(NOUNS)}，${pick(NOUNS)}才是${pick(ADJECTIVES)}的。`,
    () => `“${pick(VERBS)}${pick(NOUNS)}，${pick(VERBS)}${pick(NOUNS)}！”${pick(PEOPLE)}${pick(ADVERBS)}说。`,
    () => `${pick(CONNECTORS)}，我们${pick(VERBS)}${pick(ADJECTIVES)}的${pick(NOUNS)}，也${pick(VERBS)}${pick(ADJECTIVES)}的${pick(NOUNS)}。`,
    () => `那些${pick(ADJECTIVES)}的${pick(NOUNS)}，让我${pick(VERBS)}了${pick(NOUNS)}的${pick(NOUNS)}。`,
    () => `${pick(NOUNS)}像${pick(ADJECTIVES)}的${pick(NOUNS)}，${pick(ADVERBS)}${pick(VERBS)}着${pick(NOUNS)}。`,
    () => pick(SET_PHRASES),
  ];
  const sentence = () => pick(templates)();
  return {
    /** An essay of 600–1,000 characters in paragraphs of 4–8 sentences. */
    essay(): string {
      const target = 600 + Math.floor(next() * 400);
      const paragraphs: string[] = [];
      let length = 0;
      while (length < target) {
        const paragraph = Array.from({ length: 4 + Math.floor(next() * 5) }, sentence).join('');
        paragraphs.push(paragraph);
        length += paragraph.length;
      }
      return paragraphs.join('\n\n');
    },
    /** A copy with a fifth of its sentences rewritten and its punctuation and spacing altered. */
    nearCopy(source: string): string {
      return source
        .split(/(?<=[。！”])/)
        .map((s) => (next() < 0.2 ? sentence() : s))
        .join('')
        .replace(/[，。]/g, (p) => (next() < 0.3 ? (p === '，' ? '、' : '！') : p))
        .replace(/\n\n/g, () => (next() < 0.5 ? ' ' : '\n'));
    },
  };
}

/** Counts the DynamoDB requests a Db makes by command, and the items reads return. */
function countRequests(db: Db) {
  const counts = { byCommand: new Map<string, number>(), itemsRead: 0 };
  db.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const output = result.output as { Items?: unknown[]; Item?: unknown; Responses?: Record<string, unknown[]> };
      const name = (context.commandName ?? 'unknown').replace(/Command$/, '');
      counts.byCommand.set(name, (counts.byCommand.get(name) ?? 0) + 1);
      counts.itemsRead += output.Items?.length ?? (output.Item ? 1 : 0) + Object.values(output.Responses ?? {}).reduce((n, r) => n + r.length, 0);
      return result;
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return {
    reset() {
      counts.byCommand.clear();
      counts.itemsRead = 0;
    },
    snapshot: () => ({ byCommand: new Map(counts.byCommand), itemsRead: counts.itemsRead }),
  };
}

interface Probe {
  id: string;
  text: string;
  copyOf: string | null;
}

interface Check {
  ms: number;
  copy: boolean;
  /** A copy whose exact Jaccard with its source reaches the threshold: it must be flagged. */
  above: boolean;
  reads: number;
  writes: number;
  itemsRead: number;
  flaggedSource: boolean;
  unrelatedFlags: number;
}

const writer = essayWriter(20261128);
const dynamo = await startDynamoDbLocal(null);
try {
  const db = connect({ tableName: 'similarity_bench', endpoint: dynamo.endpoint });
  await ensureTable(db);
  await seedKnownTexts(db);
  const counter = countRequests(db);

  // The entries, generated up front: 2 % near-copies of an earlier entry.
  const plan = random(7);
  const entries: { id: string; text: string; copyOf: string | null }[] = [];
  for (let i = 0; i < SIZES[SIZES.length - 1]!; i++) {
    const source = i > 10 && plan() < PLANTED_SHARE ? entries[Math.floor(plan() * i)]! : null;
    entries.push({ id: `ent_${String(i).padStart(6, '0')}`, text: source ? writer.nearCopy(source.text) : writer.essay(), copyOf: source?.id ?? null });
  }
  // Probes: independent essays, and near-copies of entries among the first 1,000 (there at both sizes).
  const probes = Array.from({ length: WARMUP + PROBES }, (_, i) => {
    const source = i >= WARMUP && i < WARMUP + PROBE_COPIES ? entries[(i * 37) % SIZES[0]]! : null;
    return { id: `probe_${String(i).padStart(3, '0')}`, text: source ? writer.nearCopy(source.text) : writer.essay(), copyOf: source?.id ?? null };
  });
  const asEntry = (e: { id: string; text: string }) => ({ id: e.id, text: e.text, label: e.id, code: e.id.toUpperCase() });
  // A copy, its source and the source's other copies are one family: flags within it are expected.
  const byId = new Map([...entries, ...probes].map((e) => [e.id, e]));
  const family = (id: string): string => {
    const copyOf = byId.get(id)?.copyOf;
    return copyOf ? family(copyOf) : id;
  };
  const unrelated = (flags: { a: { id: string }; b: { id: string } }[]) => flags.filter((f) => family(f.a.id) !== family(f.b.id)).length;

  // Exact Jaccard of every copy with its source: a copy below the threshold is rightly not flagged.
  const sourceJaccard = new Map(
    [...entries, ...probes].filter((e) => e.copyOf).map((e) => [e.id, jaccard(shingles(e.text), shingles(byId.get(e.copyOf!)!.text))]),
  );
  const above = (e: Probe) => (sourceJaccard.get(e.id) ?? 0) >= SIMILARITY_THRESHOLD;

  // Other work on the machine slows both contests alike (the rounds alternate) but shows in the times.
  const loads = [loadavg()[0]!];
  // The small contest holds the first 1,000 of the large one's entries: the same texts, a tenth of them.
  const contests = SIZES.map((size) => ({ size, id: `cst_bench_${size}`, checks: [] as Check[], minhashMs: [] as number[] }));
  const fills: { size: number; ms: number; copies: number; above: number; aboveFlagged: number; belowFlagged: number; unrelated: number }[] = [];
  for (const contest of contests) {
    const start = performance.now();
    const batch = entries.slice(0, contest.size);
    const fill = {
      size: contest.size,
      ms: 0,
      copies: batch.filter((e) => e.copyOf).length,
      above: batch.filter(above).length,
      aboveFlagged: 0,
      belowFlagged: 0,
      unrelated: 0,
    };
    let nextIndex = 0;
    await Promise.all(
      Array.from({ length: FILL_CONCURRENCY }, async () => {
        while (nextIndex < batch.length) {
          const entry = batch[nextIndex++]!;
          const flags = await checkAndIndex(db, contest.id, asEntry(entry));
          if (entry.copyOf && flags.some((f) => [f.a.id, f.b.id].includes(entry.copyOf!))) fill[above(entry) ? 'aboveFlagged' : 'belowFlagged']++;
          fill.unrelated += unrelated(flags);
        }
      }),
    );
    fill.ms = performance.now() - start;
    fills.push(fill);
    console.log(
      `filled ${fmt(contest.size)} entries (${(fill.ms / 1000).toFixed(1)} s); copies at J ≥ 0.5 flagged ${fill.aboveFlagged}/${fill.above}, unrelated flags ${fill.unrelated}`,
    );
  }

  async function measure(contest: (typeof contests)[number], probe: Probe, record: boolean) {
    const minhashStart = performance.now();
    signature(shingles(probe.text));
    const minhashMs = performance.now() - minhashStart;
    counter.reset();
    const checkStart = performance.now();
    const flags = await checkAndIndex(db, contest.id, asEntry(probe));
    const elapsed = performance.now() - checkStart;
    const { byCommand, itemsRead } = counter.snapshot();
    await removeText(db, contest.id, probe.id);
    if (!record) return;
    const count = (names: string[]) => names.reduce((n, c) => n + (byCommand.get(c) ?? 0), 0);
    contest.minhashMs.push(minhashMs);
    contest.checks.push({
      ms: elapsed,
      copy: probe.copyOf !== null,
      above: above(probe),
      reads: count(['Query', 'GetItem', 'BatchGetItem']),
      writes: count(['PutItem', 'BatchWriteItem', 'DeleteItem']),
      itemsRead,
      flaggedSource: probe.copyOf !== null && flags.some((f) => [f.a.id, f.b.id].includes(probe.copyOf!)),
      unrelatedFlags: unrelated(flags),
    });
  }
  loads.push(loadavg()[0]!);
  for (const contest of contests) for (const probe of probes.slice(0, WARMUP)) await measure(contest, probe, false);
  for (const [i, probe] of probes.slice(WARMUP).entries())
    for (const contest of i % 2 ? [...contests].reverse() : contests) await measure(contest, probe, true);
  loads.push(loadavg()[0]!);
  for (const contest of contests)
    console.log(
      `${fmt(contest.size)} entries: p50 ${ms(
        percentile(
          contest.checks.map((c) => c.ms),
          0.5,
        ),
      )} ms, p95 ${ms(
        percentile(
          contest.checks.map((c) => c.ms),
          0.95,
        ),
      )} ms`,
    );

  // How alike independent synthetic essays are, to show they are no easier than real ones.
  const sample = entries
    .filter((e) => !e.copyOf)
    .slice(0, 200)
    .map((e) => shingles(e.text));
  const pairs = sample.slice(0, 100).map((s, i) => jaccard(s, sample[100 + i]!));
  const copies = entries
    .filter((e) => e.copyOf)
    .slice(0, 100)
    .map((e) => jaccard(shingles(e.text), shingles(byId.get(e.copyOf!)!.text)));
  const lengths = entries.map((e) => [...e.text].length);

  const [small, large] = contests as [(typeof contests)[0], (typeof contests)[0]];
  const times = (checks: Check[]) => checks.map((c) => c.ms);
  const ratio = percentile(times(large.checks), 0.5) / percentile(times(small.checks), 0.5);
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}, ${process.platform}/${process.arch}; DynamoDB Local (in memory, -Xmx512m); load average ${loads.map((l) => l.toFixed(1)).join(' → ')} (start of the fill → probes → end)`;
  const rows = contests.flatMap((r) =>
    [
      { label: `${PROBES - PROBE_COPIES} independent essays`, checks: r.checks.filter((c) => !c.copy) },
      { label: `${PROBE_COPIES} near-copies`, checks: r.checks.filter((c) => c.copy) },
      { label: `all ${PROBES}`, checks: r.checks },
    ].map(({ label, checks }) => {
      const copies = checks.filter((c) => c.copy);
      const flagged = copies.length
        ? `${copies.filter((c) => c.flaggedSource).length} of ${copies.length} copies (${copies.filter((c) => c.above).length} at J ≥ ${SIMILARITY_THRESHOLD}); `
        : '';
      return `| ${fmt(r.size)} | ${label} | ${ms(percentile(times(checks), 0.5))} ms | ${ms(percentile(times(checks), 0.95))} ms | ${mean(checks.map((c) => c.reads)).toFixed(1)} / ${mean(checks.map((c) => c.writes)).toFixed(1)} | ${mean(checks.map((c) => c.itemsRead)).toFixed(1)} / ${Math.max(...checks.map((c) => c.itemsRead))} | ${flagged}${checks.reduce((n, c) => n + c.unrelatedFlags, 0)} unrelated |`;
    }),
  );
  const probeCopiesAbove = probes.slice(WARMUP).filter(above).length;
  const section = `${SECTION}

Measured by \`npm run bench:similarity\` (tests/bench/similarity.ts) on ${new Date().toISOString().slice(0, 10)}:
${machine}.

The issue's target: checking a submitted entry (\`checkAndIndex\`, functions/src/services/similarity.ts)
reads a few items per LSH band, not every entry, so its time per check stays nearly flat from
${fmt(small.size)} to ${fmt(large.size)} entries in the contest.

Two contests in one table: one with ${fmt(large.size)} synthetic Chinese essays (${fmt(Math.min(...lengths))}–${fmt(Math.max(...lengths))} characters,
mean ${fmt(Math.round(mean(lengths)))}), one with the first ${fmt(small.size)} of them, each essay entered through \`checkAndIndex\`
(${FILL_CONCURRENCY} at a time); the ${KNOWN_TEXTS.length} known texts are indexed once for both. Sentences are drawn word by
word from lists of ${NOUNS.length} nouns, ${VERBS.length} verbs, ${ADJECTIVES.length} adjectives, people, times and connectives, with
the theme's set phrases (珍爱生命，远离毒品) recurring as in real entries: 100 pairs of independent
essays have a mean Jaccard of ${mean(pairs).toFixed(3)} (max ${Math.max(...pairs).toFixed(3)}) over 5-character shingles, about what
two honest essays on one theme share. ${PLANTED_SHARE * 100} % of the entries are near-copies of an earlier one (a fifth of the
sentences rewritten, punctuation and paragraph breaks altered): Jaccard with the source mean
${mean(copies).toFixed(2)}, from ${Math.min(...copies).toFixed(2)} to ${Math.max(...copies).toFixed(2)}, so some fall below the threshold of ${SIMILARITY_THRESHOLD} and are rightly not flagged.

| filling contest | wall time | per entry (${FILL_CONCURRENCY} in flight) | copies at J ≥ ${SIMILARITY_THRESHOLD} flagged with their source | copies below flagged | flags between unrelated texts |
|---|---|---|---|---|---|
${fills.map((f) => `| ${fmt(f.size)} entries | ${(f.ms / 1000).toFixed(1)} s | ${ms(f.ms / f.size)} ms | ${f.aboveFlagged}/${f.above} | ${f.belowFlagged}/${f.copies - f.above} | ${f.unrelated} |`).join('\n')}

Both contests then check the same ${PROBES} probe essays (${PROBES - PROBE_COPIES} independent; ${PROBE_COPIES} near-copies of entries
among the first ${fmt(small.size)}, ${probeCopiesAbove} of them at J ≥ ${SIMILARITY_THRESHOLD}), sequentially, after ${WARMUP} warm-up checks each: each
probe in one contest right after the other, which goes first alternating, so the machine's other
load weighs on both alike. Each probe is taken out again (\`removeText\`, not timed), so the
contests stay at their sizes. Requests and items are counted at the SDK: reads are GetItem + Query
+ BatchGetItem requests, writes PutItem + BatchWriteItem requests; items read are the items those
reads returned (mean / max).

| entries in the contest | probes | p50 | p95 | requests per check: reads / writes | items read | flags |
|---|---|---|---|---|---|---|
${rows.join('\n')}

p50 ratio ${fmt(large.size)} / ${fmt(small.size)} over all ${PROBES} probes: **${ratio.toFixed(2)}**. Computing a probe's shingles and
MinHash signature takes ${ms(percentile(large.minhashMs, 0.5))} ms (p50); the rest is DynamoDB.

Notes
- A check is one GetItem (was this entry indexed before?), 84 band Queries (42 bands × the contest
  and the known texts, 16 in flight, strongly consistent), a BatchGetItem of the candidates'
  signature items when there are any, and the writes (42 band items in 2 BatchWriteItems, the
  signature item, flags). Neither the requests nor the items grow with the contest: a bucket
  holds only texts that agree on all 3 MinHash values of its band, which independent essays
  almost never do (J³ per band).
- 42 of the items read are the entry's own band items: it is indexed before the band Queries, so
  that of two entries submitted at the same moment the later check finds the earlier one. A
  near-copy also reads its source's (and the source's other copies') band and signature items.
- A bucket read is capped at 50 ids and a check reads at most 50 candidates' signature items, so a
  text copied by thousands of entries still costs a bounded check.
- Flags are decided on the exact Jaccard of the shingle sets, computed for candidates whose MinHash
  estimate is ≥ 0.35; the estimate only filters.
- The time is DynamoDB Local's: about 88 requests, the Queries 16 at a time, served on the same 2 cores. In
  DynamoDB the band Queries of a check go to different partitions (one per bucket).
`;

  const file = join(REPO_ROOT, 'docs', 'PERFORMANCE.md');
  const existing = readFileSync(file, 'utf8');
  const at = existing.indexOf(SECTION);
  const end = at < 0 ? -1 : existing.indexOf('\n## ', at + SECTION.length);
  writeFileSync(file, at < 0 ? `${existing.trimEnd()}\n\n${section}` : `${existing.slice(0, at)}${section}${end < 0 ? '' : existing.slice(end)}`);
  console.log(section);
} finally {
  await dynamo.stop();
}
