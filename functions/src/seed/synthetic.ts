import { BatchWriteCommand, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Account } from '../domain/accounts/schemas.js';
import type { Campaign } from '../domain/campaigns/schemas.js';
import { NINGXIA } from '../domain/org/ningxia.js';
import { gradesOfStage, type SchoolStage } from '../domain/org/stages.js';
import { pathIds, type Unit, type UnitKind } from '../domain/org/units.js';
import { readConfig } from '../local/config.js';
import { startDynamoDbLocal, type RunningDynamoDb } from '../local/dynamodb-local.js';
import { connect, type Db } from '../store/client.js';
import { ensureTable } from '../store/create-table.js';
import { cancellationReasons, withConflictRetry } from '../store/errors.js';
import { keys } from '../store/keys.js';
import { chinaDateOf } from '../domain/time/china-time.js';
import { dateStart } from '../domain/time/window-rules.js';
import { unitPut } from '../store/org.js';
import { seedModuleId } from './content.js';
import { ningxiaUnits, putUnits } from './hierarchy.js';

/**
 * A large synthetic region for load tests and demos of the coverage dashboard at scale: the real 22
 * county-level units of Ningxia, `schools` schools spread over them, one class per grade, `students`
 * students, and one region-wide campaign with realistic completion (counties from ~20 % to ~90 %,
 * schools around their county, ~5 % of schools not started at all).
 *
 * It writes the same items the app writes (units with their GSI1 child entries, student accounts and
 * usernames, campaign, fact items, counters), straight into the table with BatchWriteItem instead of
 * one transaction per fact: counters are summed in memory and written once per (unit, scope, metric)
 * into shard 0, so `recount` agrees with them. Deterministic for a given seed.
 *
 * With `countersOnly` the per-student items (accounts, usernames, started/completed facts) are not
 * written: units, the campaign, the per-school facts and every counter still are, which is all a
 * dashboard reads. `recount` then reports the enrolled/started/completed counters as differences,
 * since the facts behind them are absent (and `recount --repair` would zero them). It exists because
 * an on-disk DynamoDB Local takes ~500 puts/s: see docs/PERFORMANCE.md.
 */

export const SYNTHETIC_PASSWORD_HASH = 'synthetic$disabled';
const SEED_NAME = 'synthetic-v1';
const DAY = 24 * 3600_000;

export interface SyntheticOptions {
  students: number;
  schools: number;
  campaignId: string;
  seed: number;
  /** Skip per-student account, username and fact items (see above). */
  countersOnly?: boolean;
  /** BatchWriteItem requests in flight (default 16). */
  concurrency?: number;
  now?: number;
  /** Called about every 5,000 items with the number written so far and the total. */
  onProgress?: (written: number, total: number) => void;
}

export interface SyntheticClass {
  unit: Unit;
  /** Index of the class's first student; its students are firstStudent … firstStudent + enrolled − 1. */
  firstStudent: number;
  enrolled: number;
  /** The first `completed` students completed the campaign, the first `started` started it. */
  started: number;
  completed: number;
  /** Last campaign activity in the class (ms), null when nobody started. */
  lastAt: number | null;
}

export interface SyntheticSchool {
  unit: Unit;
  /** The completion rate the school was drawn around (0 for a school that never started). */
  rate: number;
  classes: SyntheticClass[];
}

export interface SyntheticCounter {
  orgId: string;
  kind: UnitKind;
  scope: string;
  metric: string;
  n: number;
  lastAt: number;
}

export interface SyntheticPlan {
  campaign: Campaign;
  scope: string;
  counties: { code: string; rate: number; schools: number }[];
  schools: SyntheticSchool[];
  students: number;
  started: number;
  completed: number;
  counters: SyntheticCounter[];
  seededAt: string;
}

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal from two uniforms (Box–Muller). */
const gaussian = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Splits `total` into integers proportional to `weights` (largest remainder), summing exactly to total. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k++, left--) {
    const index = byRemainder[k % byRemainder.length]![1];
    result[index] = result[index]! + 1;
  }
  return result;
}

const STAGES: { stage: SchoolStage; share: number; zh: string; en: string }[] = [
  { stage: 'primary', share: 0.6, zh: '小学', en: 'Primary School' },
  { stage: 'junior', share: 0.25, zh: '中学', en: 'Middle School' },
  { stage: 'nine_year', share: 0.1, zh: '九年制学校', en: 'Nine-Year School' },
  { stage: 'senior', share: 0.05, zh: '高级中学', en: 'High School' },
];
const GRADE_ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
export const syntheticStudentId = (index: number) => `u_syn_${String(index).padStart(6, '0')}`;

/**
 * The whole region in memory, without the students themselves (they are generated per class when
 * written): units, per-class figures and every counter. Pure and deterministic.
 */
export function planRegion(options: Pick<SyntheticOptions, 'students' | 'schools' | 'campaignId' | 'seed'>, now: number): SyntheticPlan {
  const { students, schools: schoolCount, campaignId, seed } = options;
  if (!Number.isInteger(students) || students < 0) throw new Error('students must be a whole number');
  if (!Number.isInteger(schoolCount) || schoolCount < 22) throw new Error('schools must be at least 22 (one per county)');
  const random = prng(seed);
  const units = ningxiaUnits();
  const counties = units.filter((u) => u.kind === 'county');
  const countyNames = new Map(NINGXIA.cities.flatMap((city) => city.counties.map((c) => [c.code, c.name] as const)));

  // Counties differ: target rates spread evenly from 20 % to 90 %, dealt out at random.
  const rates = counties.map((_, i) => 0.2 + (0.7 * i) / (counties.length - 1));
  for (let i = rates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rates[i], rates[j]] = [rates[j]!, rates[i]!];
  }
  // Every county gets at least one school; the rest by weight (0.7–1.3).
  const perCounty = apportion(
    schoolCount - counties.length,
    counties.map(() => 0.7 + 0.6 * random()),
  ).map((n) => n + 1);

  const schools: SyntheticSchool[] = [];
  counties.forEach((county, c) => {
    const name = countyNames.get(county.id)!;
    const numberByStage = new Map<SchoolStage, number>();
    for (let k = 0; k < perCounty[c]!; k++) {
      let pick = random();
      const kind = STAGES.find((s) => (pick -= s.share) < 0) ?? STAGES[0]!;
      const number = (numberByStage.get(kind.stage) ?? 0) + 1;
      numberByStage.set(kind.stage, number);
      const id = `sch_syn_${String(schools.length + 1).padStart(4, '0')}`;
      const unit: Unit = {
        id,
        kind: 'school',
        name: { zh: `${name.zh}第${number}${kind.zh}（合成）`, en: `Synthetic ${kind.en} No. ${number}, ${name.en}` },
        parentId: county.id,
        path: `${county.path}/${id}`,
        stage: kind.stage,
      };
      // ~5 % of schools never started; the others scatter around their county's rate.
      const idle = random() < 0.05;
      const rate = idle ? 0 : clamp(rates[c]! + 0.12 * gaussian(random), 0.02, 0.99);
      const classes = gradesOfStage(kind.stage).map((grade): SyntheticClass => {
        const classId = `cls_syn_${id.slice(8)}_${String(grade).padStart(2, '0')}`;
        return {
          unit: {
            id: classId,
            kind: 'class',
            name: { zh: `${GRADE_ZH[grade]}年级(1)班`, en: `Grade ${grade} Class 1` },
            parentId: id,
            path: `${unit.path}/${classId}`,
            grade,
          },
          firstStudent: 0,
          enrolled: 0,
          started: 0,
          completed: 0,
          lastAt: null,
        };
      });
      schools.push({ unit, rate, classes });
    }
  });

  // School sizes vary (log-normal weights), classes within a school a little; totals are exact.
  const schoolSizes = apportion(
    students,
    schools.map(() => Math.exp(0.5 * gaussian(random))),
  );
  let nextStudent = 0;
  let started = 0;
  let completed = 0;
  schools.forEach((school, s) => {
    const classSizes = apportion(
      schoolSizes[s]!,
      school.classes.map(() => 0.8 + 0.4 * random()),
    );
    // Laggard schools were last active longer ago.
    const schoolLast = now - random() * (1 + 13 * (1 - school.rate)) * DAY;
    school.classes.forEach((klass, k) => {
      klass.firstStudent = nextStudent;
      klass.enrolled = classSizes[k]!;
      nextStudent += klass.enrolled;
      if (school.rate === 0) return;
      // Each student completes with the school's rate; of the rest, roughly half have started.
      for (let i = 0; i < klass.enrolled; i++) {
        const u = random();
        if (u < school.rate) klass.completed++;
        else if (u < school.rate + (1 - school.rate) * 0.45) klass.started++;
      }
      klass.started += klass.completed;
      if (klass.started) klass.lastAt = Math.round(schoolLast - random() * 2 * DAY);
      started += klass.started;
      completed += klass.completed;
    });
  });

  const campaign: Campaign = {
    id: campaignId,
    unitId: NINGXIA.code,
    unitPath: NINGXIA.code,
    name: '全区“清朗校园”禁毒教育专题学习（合成数据）',
    description: 'Synthetic region for load tests: every school, class and figure is generated.',
    startDate: chinaDateOf(now - 30 * DAY),
    endDate: chinaDateOf(now + 60 * DAY),
    moduleIds: [seedModuleId('drugs-brain-body'), seedModuleId('disguised-drugs')],
    createdBy: 'u_synthetic',
    createdAt: new Date(now).toISOString(),
  };
  const scope = `campaign:${campaignId}`;

  // Counters: every fact counted once for every unit on its path, summed here instead of per write.
  const counters = new Map<string, SyntheticCounter>();
  const kinds: UnitKind[] = ['region', 'city', 'county', 'school', 'class'];
  const count = (path: string, scopeName: string, metric: string, n: number, at: number) => {
    if (!n) return;
    pathIds(path).forEach((orgId, level) => {
      const key = `${orgId}|${scopeName}|${metric}`;
      const counter = counters.get(key);
      if (counter) {
        counter.n += n;
        counter.lastAt = Math.max(counter.lastAt, at);
      } else counters.set(key, { orgId, kind: kinds[level]!, scope: scopeName, metric, n, lastAt: at });
    });
  };
  for (const school of schools) {
    count(school.unit.path, 'all', 'schools', 1, now);
    let reachedAt: number | null = null;
    for (const klass of school.classes) {
      count(klass.unit.path, 'all', 'enrolled', klass.enrolled, now);
      if (klass.lastAt === null) continue;
      count(klass.unit.path, scope, 'started', klass.started, klass.lastAt);
      count(klass.unit.path, scope, 'completed', klass.completed, klass.lastAt);
      reachedAt = Math.max(reachedAt ?? 0, klass.lastAt);
    }
    if (reachedAt !== null) count(school.unit.path, scope, 'schoolsReached', 1, reachedAt);
  }

  return {
    campaign,
    scope,
    counties: counties.map((county, c) => ({ code: county.id, rate: rates[c]!, schools: perCounty[c]! })),
    schools,
    students,
    started,
    completed,
    counters: [...counters.values()],
    seededAt: new Date(now).toISOString(),
  };
}

/** A class's students as accountPuts would write them, and their campaign facts. */
function* studentItems(plan: SyntheticPlan, klass: SyntheticClass): Generator<Record<string, unknown>> {
  const campaignStart = dateStart(plan.campaign.startDate);
  const random = prng(klass.firstStudent * 7919 + 1);
  for (let i = 0; i < klass.enrolled; i++) {
    const index = klass.firstStudent + i;
    const id = syntheticStudentId(index);
    const account: Account = {
      id,
      username: `syn.${index}`,
      role: 'student',
      displayName: `合成学生${index}`,
      orgId: klass.unit.id,
      orgPath: klass.unit.path,
      mustChangePassword: false,
      grade: klass.unit.grade,
      // Not a scrypt hash: verifyPassword refuses it, so a synthetic student can never sign in.
      passwordHash: SYNTHETIC_PASSWORD_HASH,
      createdAt: plan.seededAt,
    };
    // The same two items accountPuts writes (account with its MEMBERS# entry, unique username).
    yield {
      ...keys.account(id),
      GSI1PK: keys.members(account.orgId),
      GSI1SK: keys.memberOrder(account.role, account.displayName, id),
      type: 'account',
      ...account,
    };
    yield { ...keys.username(account.username), type: 'username', userId: id };
    if (i >= klass.started) continue;
    // The first student carries the class's last activity; the others some time before it.
    const at = i === 0 ? klass.lastAt! : Math.round(klass.lastAt! - random() * (klass.lastAt! - campaignStart) * 0.5);
    const fact = (metric: string) => ({
      ...keys.fact(id, plan.scope, metric),
      type: 'fact',
      studentId: id,
      path: klass.unit.path,
      scope: plan.scope,
      metric,
      at: new Date(at).toISOString(),
    });
    yield fact('started');
    if (i < klass.completed) yield fact('completed');
  }
}

const isBureau = (kind: UnitKind) => kind === 'region' || kind === 'city' || kind === 'county';

const counterItem = (c: SyntheticCounter) => ({
  ...keys.counter(c.orgId, 0, c.scope, c.metric),
  n: c.n,
  orgId: c.orgId,
  metric: c.metric,
  scope: c.scope,
  lastAt: c.lastAt,
});

/**
 * Every item the seed puts with BatchWriteItem, in write order: campaign, schools and classes, the
 * students and their facts, the per-school facts, then the counters of schools and classes (units no
 * one else counts for). Bureau-level counters are added separately (see seedSyntheticRegion).
 */
export function* plannedItems(db: Db, plan: SyntheticPlan, countersOnly: boolean): Generator<Record<string, unknown>> {
  const { campaign } = plan;
  yield {
    ...keys.campaign(campaign.id),
    GSI1PK: keys.campaignsOfUnit(campaign.unitId),
    GSI1SK: keys.listedAt(campaign.startDate, campaign.id),
    type: 'campaign',
    ...campaign,
  };
  for (const school of plan.schools) {
    yield unitPut(db, school.unit).Item;
    for (const klass of school.classes) yield unitPut(db, klass.unit).Item;
  }
  for (const school of plan.schools) {
    for (const klass of school.classes) if (!countersOnly) yield* studentItems(plan, klass);
    const first = school.classes.find((k) => k.started > 0);
    if (first) {
      const at = Math.max(...school.classes.map((k) => k.lastAt ?? 0));
      yield {
        ...keys.schoolFact(plan.scope, 'schoolsReached', school.unit.id),
        type: 'fact',
        studentId: syntheticStudentId(first.firstStudent),
        path: school.unit.path,
        scope: plan.scope,
        metric: 'schoolsReached',
        at: new Date(at).toISOString(),
      };
    }
  }
  for (const counter of plan.counters) if (!isBureau(counter.kind)) yield counterItem(counter);
}

/** How many items plannedItems yields, without building them. */
export function plannedItemCount(plan: SyntheticPlan, countersOnly: boolean): number {
  const classes = plan.schools.reduce((n, s) => n + s.classes.length, 0);
  const reached = plan.schools.filter((s) => s.classes.some((k) => k.started > 0)).length;
  const local = plan.counters.filter((c) => !isBureau(c.kind)).length;
  return 1 + plan.schools.length + classes + (countersOnly ? 0 : 2 * plan.students + plan.started + plan.completed) + reached + local;
}

/**
 * Puts every item with BatchWriteItem, 25 per request and `concurrency` requests in flight; unprocessed
 * items are sent again with jittered exponential backoff.
 */
export async function batchPutAll(
  db: Db,
  items: Iterable<Record<string, unknown>>,
  options: { concurrency?: number; onProgress?: (written: number) => void } = {},
): Promise<number> {
  const iterator = items[Symbol.iterator]();
  let written = 0;
  let reported = 0;
  // Workers take turns on one iterator; each call runs to completion, so no item is taken twice.
  const nextBatch = () => {
    const batch: Record<string, unknown>[] = [];
    while (batch.length < 25) {
      const next = iterator.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
  const worker = async () => {
    for (let batch = nextBatch(); batch.length; batch = nextBatch()) {
      let requests = batch.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length; attempt++) {
        if (attempt > 0) {
          if (attempt > 12) throw new Error(`BatchWriteItem: ${requests.length} items still unprocessed after ${attempt} attempts`);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2000, 25 * 2 ** attempt)));
        }
        const { UnprocessedItems } = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: requests } }));
        const left = (UnprocessedItems?.[db.table] ?? []) as typeof requests;
        written += requests.length - left.length;
        requests = left;
      }
      if (options.onProgress && written - reported >= 5000) {
        reported = written;
        options.onProgress(written);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  options.onProgress?.(written);
  return written;
}

/**
 * Adds the bureau-level counters (region, cities, counties: units that other data, e.g. the demo seed,
 * may count for too) into shard 0, in transactions of up to 99 updates plus a marker conditioned on
 * being new, like a roster chunk: a re-run after a crash adds each chunk exactly once.
 */
async function addBureauCounters(db: Db, counters: SyntheticCounter[]): Promise<void> {
  for (let i = 0, chunk = 0; i < counters.length; i += 99, chunk++) {
    const marker = {
      Put: {
        TableName: db.table,
        Item: { ...keys.seedMarker(`${SEED_NAME}#counters#${chunk}`), count: Math.min(99, counters.length - i) },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
    const updates = counters.slice(i, i + 99).map((c) => ({
      Update: {
        TableName: db.table,
        Key: keys.counter(c.orgId, 0, c.scope, c.metric),
        UpdateExpression: 'ADD n :delta SET orgId = :orgId, metric = :metric, #scope = :scope, lastAt = :at',
        ExpressionAttributeNames: { '#scope': 'scope' },
        ExpressionAttributeValues: { ':delta': c.n, ':orgId': c.orgId, ':metric': c.metric, ':scope': c.scope, ':at': c.lastAt },
      },
    }));
    try {
      await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: [marker, ...updates] })));
    } catch (error) {
      if (cancellationReasons(error)?.[0] !== 'ConditionalCheckFailed') throw error;
    }
  }
}

export interface SyntheticResult {
  status: 'seeded' | 'already';
  campaignId: string;
  students: number;
  schools: number;
  classes: number;
  started: number;
  completed: number;
  countersOnly: boolean;
  /** Items written (0 when already seeded). */
  items: number;
  ms: number;
}

/**
 * Seeds the synthetic region once per table: a marker written last makes later runs return what was
 * seeded (a table holds one synthetic region, since its schools would otherwise count twice). A run cut
 * short is finished by running it again with the same options.
 */
export async function seedSyntheticRegion(db: Db, options: SyntheticOptions): Promise<SyntheticResult> {
  const start = performance.now();
  const countersOnly = !!options.countersOnly;
  const { Item: marker } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.seedMarker(SEED_NAME), ConsistentRead: true }));
  if (marker)
    return {
      status: 'already',
      campaignId: marker.campaignId as string,
      students: marker.students as number,
      schools: marker.schools as number,
      classes: marker.classes as number,
      started: marker.started as number,
      completed: marker.completed as number,
      countersOnly: marker.countersOnly as boolean,
      items: 0,
      ms: performance.now() - start,
    };

  const plan = planRegion(options, options.now ?? Date.now());
  await putUnits(db, ningxiaUnits());
  const total = plannedItemCount(plan, countersOnly);
  const items = await batchPutAll(db, plannedItems(db, plan, countersOnly), {
    concurrency: options.concurrency,
    onProgress: options.onProgress && ((written) => options.onProgress!(written, total)),
  });
  const bureau = plan.counters.filter((c) => isBureau(c.kind));
  await addBureauCounters(db, bureau);
  const classes = plan.schools.reduce((n, s) => n + s.classes.length, 0);
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.seedMarker(SEED_NAME),
        seededAt: plan.seededAt,
        campaignId: plan.campaign.id,
        students: plan.students,
        schools: plan.schools.length,
        classes,
        started: plan.started,
        completed: plan.completed,
        countersOnly,
      },
    }),
  );
  return {
    status: 'seeded',
    campaignId: plan.campaign.id,
    students: plan.students,
    schools: plan.schools.length,
    classes,
    started: plan.started,
    completed: plan.completed,
    countersOnly,
    items: items + bureau.length,
    ms: performance.now() - start,
  };
}

/**
 * `npm run seed:large [-- --students 200000 --schools 1500 --seed 1 --campaign cmp_syn_1 --full]`:
 * counters only by default (everything a dashboard reads); `--full` also writes every student account,
 * username and campaign fact, so that `npm run recount` agrees. Into DYNAMODB_ENDPOINT, else the DynamoDB Local of a running `npm start` (.data/dynamodb.endpoint),
 * else one started on .data for the run; table TABLE_NAME or 'clearcampus'. (Run as a script; importing
 * this module runs nothing.)
 */
async function main(argv: string[]): Promise<void> {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const whole = (name: string, fallback: number) => {
    const value = Number(flag(name) ?? fallback);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
    return value;
  };
  const valued = ['--students', '--schools', '--seed', '--campaign', '--concurrency'];
  for (let i = 0; i < argv.length; i++) {
    if (valued.includes(argv[i]!)) i++;
    else if (argv[i] !== '--full' && argv[i] !== '--counters-only')
      throw new Error(`unknown option ${argv[i]}; options: ${valued.join(' <n> ')} <n> --full --counters-only`);
  }
  if (argv.includes('--full') && argv.includes('--counters-only')) throw new Error('--full or --counters-only, not both');
  const seed = whole('seed', 1);
  const options: SyntheticOptions = {
    students: whole('students', 200_000),
    schools: whole('schools', 1_500),
    seed,
    campaignId: flag('campaign') ?? `cmp_syn_${seed}`,
    // On disk, DynamoDB Local takes ~500 puts/s here: the full 200,000-student item set (~690,000
    // items) takes ~26 minutes, the counters-only one (~45,000 items) about a minute and a half.
    countersOnly: !argv.includes('--full'),
    concurrency: whole('concurrency', 16),
  };
  const config = readConfig();
  const runningFile = join(config.dataDir, 'dynamodb.endpoint');
  let own: RunningDynamoDb | null = null;
  let endpoint = config.dynamoDbEndpoint ?? (existsSync(runningFile) ? readFileSync(runningFile, 'utf8').trim() : undefined);
  if (!endpoint) {
    const dbPath = join(config.dataDir, 'dynamodb');
    mkdirSync(dbPath, { recursive: true });
    own = await startDynamoDbLocal(dbPath);
    endpoint = own.endpoint;
  }
  try {
    const db = connect({ tableName: config.tableName, endpoint });
    await ensureTable(db);
    console.log(
      `seed:large: ${options.students.toLocaleString('en')} students, ${options.schools.toLocaleString('en')} schools into table ${config.tableName} at ${endpoint}`,
    );
    if (options.countersOnly)
      console.log(
        '  counters only: units, campaign, per-school facts and every counter, but no student accounts or\n' +
          '  started/completed facts, so `npm run recount` reports those counters as differences (do not --repair).\n' +
          '  --full writes them too (about 3.5 items per student; ~26 min for 200,000 on an on-disk DynamoDB Local).',
      );
    const started = performance.now();
    let last = 0;
    const result = await seedSyntheticRegion(db, {
      ...options,
      onProgress: (written, total) => {
        const now = performance.now();
        if (now - last < 5000 && written < total) return;
        last = now;
        console.log(
          `  ${written.toLocaleString('en')} / ${total.toLocaleString('en')} items, ${Math.round(written / ((now - started) / 1000)).toLocaleString('en')}/s`,
        );
      },
    });
    if (result.status === 'already')
      console.log(
        `seed:large: this table already holds a synthetic region (${result.students.toLocaleString('en')} students, ${result.schools} schools); nothing written.`,
      );
    else
      console.log(
        `seed:large: ${result.items.toLocaleString('en')} items in ${(result.ms / 1000).toFixed(1)} s: ${result.schools} schools, ${result.classes} classes, ${result.students.toLocaleString('en')} students, ${result.started.toLocaleString('en')} started, ${result.completed.toLocaleString('en')} completed.`,
      );
    console.log(`campaign: ${result.campaignId}`);
    console.log(`  signed in as region.demo: http://localhost:${config.port}/api/coverage?unit=640000&campaign=${result.campaignId}`);
  } finally {
    await own?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
