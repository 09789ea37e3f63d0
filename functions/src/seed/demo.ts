import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { hashPassword } from '../domain/accounts/passwords.js';
import type { Role } from '../domain/accounts/roles.js';
import type { Account } from '../domain/accounts/schemas.js';
import { DomainError } from '../domain/errors.js';
import type { Unit } from '../domain/org/units.js';
import { createAccount } from '../store/accounts.js';
import type { Db } from '../store/client.js';
import { keys } from '../store/keys.js';
import { chinaDateOf } from '../domain/time/china-time.js';
import { assignTeacher, registerSchool } from '../store/org.js';
import { writeStudentChunk } from '../store/roster.js';
import { ningxiaUnits, putUnits } from './hierarchy.js';
import { schoolYearOf } from '../domain/school-years/years.js';
import { createQuiz } from '../store/quizzes.js';
import type { Assignment } from '../domain/assignments/schemas.js';
import { createAssignment } from '../store/assignments.js';
import { createCampaign } from '../store/campaigns.js';
import { createContest } from '../store/contests.js';
import { seedKnownTexts } from './contests/known-texts.js';
import { seedModuleId, seedModules, seedQuestions } from './content.js';
import { DEMO_ESSAY_CONTEST } from './contests/demo-contest.js';

export const DEMO_PASSWORD = 'clearcampus-demo';
// v2 adds the essay contest, its judges and the known texts: an older demo table is topped up.
const SEED_NAME = 'demo-v2';

const XIJI = '640000/640400/640422';
const XINGQING = '640000/640100/640104';

/** Fictional schools and classes: two schools with classes in 西吉县, one in 兴庆区. */
const SCHOOLS: Unit[] = [
  {
    id: 'sch_demo_xiji_qingquan',
    kind: 'school',
    name: { zh: '西吉县清泉中学', en: 'Qingquan Middle School, Xiji' },
    parentId: '640422',
    path: `${XIJI}/sch_demo_xiji_qingquan`,
    stage: 'junior',
  },
  {
    id: 'sch_demo_xiji_hongyan',
    kind: 'school',
    name: { zh: '西吉县红岩小学', en: 'Hongyan Primary School, Xiji' },
    parentId: '640422',
    path: `${XIJI}/sch_demo_xiji_hongyan`,
    stage: 'primary',
  },
  {
    id: 'sch_demo_xq_xingguang',
    kind: 'school',
    name: { zh: '兴庆区星光小学', en: 'Xingguang Primary School, Xingqing' },
    parentId: '640104',
    path: `${XINGQING}/sch_demo_xq_xingguang`,
    stage: 'primary',
  },
];

const CLASSES: Unit[] = [
  {
    id: 'cls_demo_qq_7_1',
    kind: 'class',
    name: { zh: '七年级(1)班', en: 'Grade 7 Class 1' },
    parentId: SCHOOLS[0]!.id,
    path: `${SCHOOLS[0]!.path}/cls_demo_qq_7_1`,
    grade: 7,
  },
  {
    id: 'cls_demo_qq_8_2',
    kind: 'class',
    name: { zh: '八年级(2)班', en: 'Grade 8 Class 2' },
    parentId: SCHOOLS[0]!.id,
    path: `${SCHOOLS[0]!.path}/cls_demo_qq_8_2`,
    grade: 8,
  },
  {
    id: 'cls_demo_xg_5_2',
    kind: 'class',
    name: { zh: '五年级(2)班', en: 'Grade 5 Class 2' },
    parentId: SCHOOLS[2]!.id,
    path: `${SCHOOLS[2]!.path}/cls_demo_xg_5_2`,
    grade: 5,
  },
];

interface DemoLogin {
  username: string;
  role: Role;
  displayName: string;
  unit: { id: string; path: string };
  teaches?: Unit;
  grade?: number;
}

const unitRef = (path: string) => ({ id: path.split('/').at(-1)!, path });

export const DEMO_LOGINS: DemoLogin[] = [
  { username: 'region.demo', role: 'bureau', displayName: '自治区教育厅（演示）', unit: unitRef('640000') },
  { username: 'city.demo', role: 'bureau', displayName: '固原市教育局（演示）', unit: unitRef('640000/640400') },
  { username: 'county.demo', role: 'bureau', displayName: '西吉县教育局（演示）', unit: unitRef(XIJI) },
  { username: 'county2.demo', role: 'bureau', displayName: '兴庆区教育局（演示）', unit: unitRef(XINGQING) },
  { username: 'school.demo', role: 'school_admin', displayName: '马校长（演示）', unit: unitRef(SCHOOLS[0]!.path) },
  { username: 'teacher.demo', role: 'teacher', displayName: '李老师（演示）', unit: unitRef(SCHOOLS[0]!.path), teaches: CLASSES[0] },
  { username: 'student.demo', role: 'student', displayName: '小明（演示）', unit: unitRef(CLASSES[0]!.path), grade: 7 },
  { username: 'school2.demo', role: 'school_admin', displayName: '张校长（演示）', unit: unitRef(SCHOOLS[2]!.path) },
  { username: 'teacher2.demo', role: 'teacher', displayName: '王老师（演示）', unit: unitRef(SCHOOLS[2]!.path), teaches: CLASSES[2] },
  { username: 'student2.demo', role: 'student', displayName: '小红（演示）', unit: unitRef(CLASSES[2]!.path), grade: 5 },
  { username: 'editor.demo', role: 'editor', displayName: '内容编辑（演示）', unit: unitRef('640000') },
  { username: 'judge.demo', role: 'judge', displayName: '评委甲（演示）', unit: unitRef(XIJI) },
  { username: 'judge2.demo', role: 'judge', displayName: '评委乙（演示）', unit: unitRef(XIJI) },
  { username: 'judge3.demo', role: 'judge', displayName: '评委丙（演示）', unit: unitRef(XIJI) },
];

/** Classmates so that a roster is not empty; they cannot sign in (random passwords nobody knows). */
const CLASSMATES: Record<string, string[]> = {
  cls_demo_qq_7_1: ['马晓燕', '杨浩然', '李雨轩', '海梓涵', '王子豪', '苏欣怡', '田佳琪', '周文博'],
  cls_demo_xg_5_2: ['刘思远', '陈可欣', '赵一鸣', '孙悦'],
};

/**
 * A campaign and a knowledge competition of 西吉县 open around the seed date, and one class assignment
 * per demo class, so that the demo students have tasks. Ids are fixed: a second run finds them.
 */
async function seedDemoTasks(db: Db, now: number): Promise<void> {
  const day = 24 * 3600_000;
  const createdAt = new Date(now).toISOString();
  await createCampaign(db, {
    id: 'cmp_demo_xiji',
    unitId: '640422',
    unitPath: XIJI,
    name: '西吉县“清朗校园”禁毒教育专题学习',
    description: '全县中小学生完成两节禁毒课程：认识毒品对大脑和身体的伤害，识别伪装的毒品。',
    startDate: chinaDateOf(now - 14 * day),
    endDate: chinaDateOf(now + 60 * day),
    moduleIds: [seedModuleId('drugs-brain-body'), seedModuleId('disguised-drugs')],
    createdBy: 'u_county_demo',
    createdAt,
  });
  const assignments: Assignment[] = [
    {
      id: 'asg_demo_qq_7_1',
      classId: CLASSES[0]!.id,
      classPath: CLASSES[0]!.path,
      moduleId: seedModuleId('drug-law-junior'),
      dueDate: chinaDateOf(now + 21 * day),
      createdBy: 'u_teacher_demo',
      createdAt,
    },
    {
      id: 'asg_demo_xg_5_2',
      classId: CLASSES[2]!.id,
      classPath: CLASSES[2]!.path,
      moduleId: seedModuleId('what-are-drugs'),
      dueDate: chinaDateOf(now + 21 * day),
      createdBy: 'u_teacher2_demo',
      createdAt,
    },
  ];
  for (const assignment of assignments) await createAssignment(db, assignment);

  await createQuiz(db, {
    id: 'quiz_demo_xiji_competition',
    unitId: '640422',
    unitPath: XIJI,
    createdBy: 'u_county_demo',
    createdAt,
    settings: {
      title: { zh: '西吉县青少年禁毒知识竞赛', en: 'Xiji County Youth Anti-Drug Knowledge Competition' },
      kind: 'competition',
      rules: {
        band: 'junior',
        draw: [
          { topic: 'drug_basics', count: 2 },
          { topic: 'health_harm', count: 2 },
          { topic: 'law', count: 2 },
          { topic: 'disguised_drugs', count: 2 },
          { topic: 'refusal_skills', count: 1 },
          { topic: 'help_support', count: 1 },
        ],
      },
      timeLimitMinutes: 15,
      attemptsAllowed: 1,
      passMark: 60,
      certificateThreshold: 80,
      shuffleOptions: true,
      reviewPolicy: 'after_close',
      opensAt: new Date(now - 7 * day).toISOString(),
      closesAt: new Date(now + 30 * day).toISOString(),
    },
  });

  await createContest(db, {
    id: 'cnt_demo_xiji_essay',
    unitId: '640422',
    unitPath: XIJI,
    unitName: { zh: '西吉县', en: 'Xiji County' },
    createdBy: 'u_county_demo',
    createdAt,
    awardedAt: null,
    settings: { ...DEMO_ESSAY_CONTEST, opensAt: new Date(now - 7 * day).toISOString(), closesAt: new Date(now + 14 * day).toISOString() },
  });
  await seedKnownTexts(db);
}

async function alreadySeeded(db: Db): Promise<boolean> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.seedMarker(SEED_NAME), ConsistentRead: true }));
  return !!Item;
}

async function createIfNew(create: () => Promise<void>): Promise<void> {
  try {
    await create();
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
  }
}

/**
 * Seeds the Ningxia hierarchy and the demo schools and accounts, once: a marker item written last
 * makes later runs no-ops, and every step is itself idempotent, so a run cut short is finished by the
 * next one without counting any student twice.
 */
export async function seedDemo(db: Db, now = Date.now()): Promise<'seeded' | 'already'> {
  // Content first and every time: a table seeded by an earlier release gets this release's corrections.
  const at = new Date(now).toISOString();
  await seedModules(db, at);
  await seedQuestions(db, at);
  if (await alreadySeeded(db)) return 'already';
  const year = schoolYearOf(now);
  await putUnits(db, [...ningxiaUnits(), ...CLASSES.map((klass) => ({ ...klass, year }))]);
  for (const school of SCHOOLS) await createIfNew(() => registerSchool(db, { ...school, year }, now));
  const createdAt = new Date(now).toISOString();
  const demoHash = await hashPassword(DEMO_PASSWORD);

  const students: Account[] = [];
  for (const login of DEMO_LOGINS) {
    const account: Account = {
      id: `u_${login.username.replace('.', '_')}`,
      username: login.username,
      role: login.role,
      displayName: login.displayName,
      orgId: login.unit.id,
      orgPath: login.unit.path,
      mustChangePassword: false,
      ...(login.grade ? { grade: login.grade, year } : {}),
      passwordHash: demoHash,
      createdAt,
    };
    if (login.role === 'student') students.push(account);
    else await createIfNew(() => createAccount(db, account));
    if (login.teaches) await assignTeacher(db, login.teaches, account.id);
  }

  for (const klass of CLASSES) {
    const names = CLASSMATES[klass.id] ?? [];
    const unknownPassword = await hashPassword(crypto.randomUUID(), 'generated');
    const classmates = names.map((name, index): Account => ({
      id: `u_demo_${klass.id.slice(9)}_${index + 1}`,
      username: `demo.${klass.id.slice(9).replace(/_/g, '')}.${index + 1}`,
      role: 'student',
      displayName: name,
      orgId: klass.id,
      orgPath: klass.path,
      mustChangePassword: false,
      studentNumber: String(2025001 + index),
      ...(klass.grade ? { grade: klass.grade } : {}),
      year,
      passwordHash: unknownPassword,
      createdAt,
    }));
    const members = [...students.filter((s) => s.orgId === klass.id), ...classmates];
    // The same chunk writer as a roster import: accounts and enrolled counters in one transaction, once.
    if (members.length) await writeStudentChunk(db, `seed_${klass.id}`, 0, klass.path, members, now);
  }

  await seedDemoTasks(db, now);

  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...keys.seedMarker(SEED_NAME), seededAt: createdAt } }));
  return 'seeded';
}
