import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bandKeys, normalize, shingles, signature } from '../../functions/src/domain/similarity/minhash.js';
import type { PassageRange } from '../../functions/src/domain/similarity/passages.js';
import { KNOWN_TEXTS, seedKnownTexts } from '../../functions/src/seed/contests/known-texts.js';
import { checkAndIndex, displayCode, similarityPair } from '../../functions/src/services/similarity.js';
import { connect, type Db } from '../../functions/src/store/client.js';
import { ensureTable } from '../../functions/src/store/create-table.js';
import { keys } from '../../functions/src/store/keys.js';
import { flagsOfContest, flagsOfText, getFlag, getIndexedText, removeText } from '../../functions/src/store/similarity.js';

/**
 * The similarity check against the run's DynamoDB Local: the store's real Queries, BatchGets and
 * BatchWrites on a fresh table, the known texts seeded as the app seeds them.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const CONTEST = 'cst_similarity';

// An entry, and a copy of it with two sentences rewritten, a sibling swapped and punctuation altered.
const ORIGINAL =
  '去年暑假，我参加了学校组织的禁毒夏令营。在展览馆里，我第一次看到了各种毒品的仿真样品，有的像白砂糖，有的像彩色药片，还有的被装进了印着卡通图案的小袋子里。讲解员告诉我们，贩毒的人常常利用青少年的好奇心，把毒品说成是“快乐丸”“聪明药”，让人在不知不觉中上当。听完这些，我的心久久不能平静。回家的路上，我一直在想：如果有一天有人把这样的东西递到我面前，我能不能识破？我决定把学到的知识讲给弟弟听，教他记住三件事：不吃陌生人给的东西，不因为好奇去尝试，遇到问题马上告诉大人。弟弟认真地点了点头。第二天，我又在班会上把夏令营的见闻分享给同学们，大家听得格外认真，还有人提出要一起办一期禁毒主题的黑板报。我相信，只要我们掌握了知识，守住了底线，毒品就没有机会靠近我们。';
const EDITED =
  '去年暑假 我参加了学校组织的禁毒夏令营！在展览馆里，我第一次看到了各种毒品的仿真样品——有的像白砂糖，有的像彩色药片，还有的被装进了印着卡通图案的小袋子里。讲解员告诉我们：贩毒的人常常利用青少年的好奇心，把毒品说成是“快乐丸”、“聪明药”，让人在不知不觉中上当。参观结束后，大家都沉默了很久。回家的路上，我一直在想：如果有一天有人把这样的东西递到我面前，我能不能识破?我决定把学到的知识讲给表妹听，教她记住三件事：不吃陌生人给的东西；不因为好奇去尝试；遇到问题马上告诉大人。表妹认真地点了点头。第二天，我又在班会上把夏令营的见闻分享给同学们，大家都听得格外认真，还有同学提议一起办一期禁毒主题的黑板报。我相信，只要我们掌握了知识、守住了底线，毒品就没有机会靠近我们。';

// Two essays written independently on the same theme: refusing drugs.
const ROLE_PLAY =
  '上个星期的班会课，老师让我们分组表演“如何拒绝诱惑”。我扮演一个刚转学来的学生，同组的小林扮演一个想拉我“入伙”的同学。他递给我一瓶没有标签的饮料，说喝了能让人精神百倍，考试再也不会犯困。按照剧本，我要想办法拒绝他。一开始我有些紧张，说话结结巴巴，台下的同学都笑了。第二次排练时，我挺直腰板，看着他的眼睛说：“谢谢，我不需要。”然后转身走向老师。那一刻，教室里响起了掌声。表演结束后，老师告诉我们，拒绝并不是不礼貌，而是对自己负责。面对来路不明的东西，坚定的态度比任何理由都有力量。我把这句话写在了日记本的第一页，提醒自己：无论在什么场合，都要守住自己的原则，做一个敢于说“不”的人。回到家，我把这件事讲给妈妈听，妈妈笑着说，学会拒绝是长大的标志。她还提醒我，以后在外面遇到别人硬塞东西的情况，可以说家里人在等我，马上离开，千万不要为了面子勉强自己。';
const RUNNING =
  '每天放学后，我最喜欢做的事就是去操场跑步。汗水顺着额头流下来的时候，所有的烦恼好像都被风吹走了。有人说，压力大的时候可以找点“刺激”，甚至有人把一些来路不明的药片当成解压的法宝。我却觉得，真正能让人放松的，从来不是那些危险的东西。爸爸常对我说，身体是自己的，每一个选择都要为明天的自己着想。读了禁毒宣传册以后，我更明白了这个道理：毒品带来的所谓快乐只是假象，它会一点点夺走人的健康、时间和亲情。所以，当同学问我周末要不要去一个陌生的聚会时，我笑着拒绝了，约他一起去图书馆看书，再去公园打羽毛球。我希望每个人都能找到属于自己的爱好，用阳光的方式面对压力，让青春远离毒品的阴影。跑步让我学会了坚持，也让我交到了几个志同道合的朋友。我们约定互相监督，每周至少运动三次，谁也不许找借口偷懒。在我看来，这种健康的快乐，才是青春最好的样子。';

let db: Db;

beforeAll(async () => {
  db = connect({ tableName: `similarity_${randomUUID().slice(0, 8)}`, endpoint: inject('dynamoDbEndpoint') });
  await ensureTable(db);
  await seedKnownTexts(db);
});

const entry = (id: string, text: string) => ({ id, text, label: `Essay ${id}`, code: `C-${id.toUpperCase()}`, schoolId: `sch_${id}` });
/** Normalized characters of `text` inside `ranges`, over all normalized characters. */
function covered(text: string, ranges: PassageRange[]): number {
  const { start } = normalize(text);
  return start.filter((s) => ranges.some((r) => s >= r.start && s < r.end)).length / start.length;
}
const marked = (text: string, ranges: PassageRange[]) => ranges.map((r) => text.slice(r.start, r.end)).join('|');

async function bucketHolds(namespace: string, text: string, id: string): Promise<boolean[]> {
  return Promise.all(
    bandKeys(signature(shingles(text))).map(async (bandKey) => {
      const { Items = [] } = await db.doc.send(
        new QueryCommand({
          TableName: db.table,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': keys.similarityBucket(namespace, bandKey) },
        }),
      );
      return Items.some((item) => item.SK === id);
    }),
  );
}

describe('similarity check of contest entries', () => {
  it('flags a lightly edited copy, with passages covering the shared text on both sides', async () => {
    expect(await checkAndIndex(db, CONTEST, entry('ent_a', ORIGINAL))).toEqual([]);
    const flags = await checkAndIndex(db, CONTEST, entry('ent_b', EDITED));
    expect(flags).toHaveLength(1);
    const [flag] = flags as [(typeof flags)[0]];
    expect([flag.a.id, flag.b.id]).toEqual(['ent_a', 'ent_b']);
    expect(flag.a).toEqual({ namespace: CONTEST, id: 'ent_a', label: 'Essay ent_a', code: 'C-ENT_A', schoolId: 'sch_ent_a' });
    expect(flag.jaccard).toBeGreaterThanOrEqual(0.5);
    expect(Math.abs(flag.estimatedJaccard - flag.jaccard)).toBeLessThan(0.2);

    // Most of each text is marked; the rewritten sentences are not; a shared sentence is, on both sides.
    expect(covered(ORIGINAL, flag.passagesA)).toBeGreaterThan(0.75);
    expect(covered(EDITED, flag.passagesB)).toBeGreaterThan(0.75);
    expect(marked(ORIGINAL, flag.passagesA)).not.toContain('久久不能平静');
    expect(marked(EDITED, flag.passagesB)).not.toContain('沉默了很久');
    expect(marked(ORIGINAL, flag.passagesA)).toContain('只要我们掌握了知识，守住了底线，毒品就没有机会靠近我们');
    expect(marked(EDITED, flag.passagesB)).toContain('只要我们掌握了知识、守住了底线，毒品就没有机会靠近我们');

    // Both sides list it, the contest lists it once, and the pair view returns both texts.
    expect(await flagsOfText(db, CONTEST, 'ent_a')).toEqual([{ flagId: flag.id, other: flag.b, jaccard: flag.jaccard }]);
    expect(await flagsOfText(db, CONTEST, 'ent_b')).toEqual([{ flagId: flag.id, other: flag.a, jaccard: flag.jaccard }]);
    expect((await flagsOfContest(db, CONTEST)).items).toEqual([flag]);
    expect(await similarityPair(db, CONTEST, flag.id)).toEqual({ flag, textA: ORIGINAL, textB: EDITED });
    expect(displayCode(flag.b)).toBe('C-ENT_B');
  });

  it('writes the same flag again when a check is re-run, and nothing more', async () => {
    const again = await checkAndIndex(db, CONTEST, entry('ent_b', EDITED));
    expect(again).toHaveLength(1);
    const { items } = await flagsOfContest(db, CONTEST);
    expect(items.map((f) => f.id)).toEqual(again.map((f) => f.id));
  });

  it('does not flag two essays written independently on the same theme', async () => {
    expect(await checkAndIndex(db, CONTEST, entry('ent_c', ROLE_PLAY))).toEqual([]);
    expect(await checkAndIndex(db, CONTEST, entry('ent_d', RUNNING))).toEqual([]);
    expect(await flagsOfText(db, CONTEST, 'ent_d')).toEqual([]);
  });

  it('flags an entry that copies a known text, re-punctuated and with a sentence of its own', async () => {
    const known = KNOWN_TEXTS.find((k) => k.id === 'known_zh_first_time')!;
    const copied = `我想谈谈自己的经历。${known.text.replaceAll('，', ',').replaceAll('\n\n', '\n')}`;
    const flags = await checkAndIndex(db, CONTEST, entry('ent_e', copied));
    expect(flags.map((f) => [f.a.id, f.b.id])).toEqual([['ent_e', known.id]]);
    expect(flags[0]!.b).toEqual({ namespace: 'known', id: known.id, label: known.title });
    expect(displayCode(flags[0]!.b)).toBe(`known:${known.title}`);
    expect(covered(known.text, flags[0]!.passagesB)).toBeGreaterThan(0.95);
    expect(await flagsOfText(db, CONTEST, known.id)).toHaveLength(1);
  });

  it('does not index or flag an entry too short to have shingles', async () => {
    expect(await checkAndIndex(db, CONTEST, entry('ent_f', '拒绝毒品。'))).toEqual([]);
    expect(await checkAndIndex(db, CONTEST, entry('ent_g', '拒绝毒品！'))).toEqual([]);
  });

  it('takes the old text and its flags out when an entry comes back with a different text', async () => {
    await checkAndIndex(db, CONTEST, entry('ent_h', ORIGINAL));
    expect((await flagsOfText(db, CONTEST, 'ent_h')).map((f) => f.other.id).sort()).toEqual(['ent_a', 'ent_b']);
    await checkAndIndex(
      db,
      CONTEST,
      entry('ent_h', '这是一篇重新写过的作文，和原来的完全不同：植树节那天，我们班在校园西侧种下了一排小树苗，大家轮流浇水，看着它们一天天长高。'),
    );
    expect(await flagsOfText(db, CONTEST, 'ent_h')).toEqual([]);
    expect((await flagsOfText(db, CONTEST, 'ent_a')).map((f) => f.other.id)).toEqual(['ent_b']);
    expect(await bucketHolds(CONTEST, ORIGINAL, 'ent_h')).not.toContain(true);
  });

  it('removeText deletes the band items, the signature item and every flag involving the text', async () => {
    const [flag] = await flagsOfText(db, CONTEST, 'ent_b');
    expect(await bucketHolds(CONTEST, EDITED, 'ent_b')).not.toContain(false);

    await removeText(db, CONTEST, 'ent_b');
    expect(await bucketHolds(CONTEST, EDITED, 'ent_b')).not.toContain(true);
    expect(await getIndexedText(db, CONTEST, 'ent_b')).toBeNull();
    expect(await getFlag(db, CONTEST, flag!.flagId)).toBeNull();
    expect(await flagsOfText(db, CONTEST, 'ent_b')).toEqual([]);
    expect(await flagsOfText(db, CONTEST, 'ent_a')).toEqual([]);
    expect((await flagsOfContest(db, CONTEST)).items.map((f) => [f.a.id, f.b.id])).toEqual([['ent_e', 'known_zh_first_time']]);

    // The original is still indexed: the copy, submitted again, is flagged again.
    expect(await checkAndIndex(db, CONTEST, entry('ent_b', EDITED))).toHaveLength(1);
  });
});
