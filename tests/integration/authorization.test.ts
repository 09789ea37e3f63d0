import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../functions/src/seed/demo.js';
import { KNOWN_TEXTS } from '../../functions/src/seed/contests/known-texts.js';
import { ApiClient, type Reply } from '../support/client.js';
import { moduleContent } from '../support/module-fixture.js';
import { questionContents } from '../support/question-fixture.js';
import { utf8BomCsv } from '../support/roster-csv.js';
import { openCampaignDates } from '../support/dates.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { chinaDateOf } from '../../functions/src/domain/time/china-time.js';

/**
 * Every route × every role × a resource of another county, another school and another class:
 * access only where the policy grants it. The route list comes from the OpenAPI document, so a new
 * route without a row here fails this test.
 */
let server: TestServer;
const clients = new Map<string, ApiClient>();
let foreignImportId = '';
let moduleId = '';
let retireModuleId = '';
let foreignCampaignId = '';
let questionId = '';
let foreignQuizId = '';
let foreignAttempt = { id: '', questionId: '', optionId: '' };
let ownSchoolOtherClassImportId = '';
/** A student of 清泉中学 made for the deletion row, so that no other row loses its demo account. */
const doomedStudent = { id: '', username: '' };
/** A contest of 兴庆区 with an entry copied from a known text, so it has a flag. */
const foreignContest = { contestId: '', entryId: '', code: '', flagId: '' };
/** A region contest where a student of 兴庆区 copies a student of 西吉县: a flag whose sides lie in two counties. */
const crossCounty = { contestId: '', flagId: '' };
const XIJI_ESSAY =
  '那天放学路上，一个陌生人递给我一包花花绿绿的“跳跳糖”，说吃了能让人一整天都很兴奋。我想起禁毒课上老师讲过，毒品常常伪装成零食和饮料，于是摇摇头走开了，回家后把这件事告诉了爸爸妈妈。爸爸夸我做得对，还和我一起把禁毒知识讲给了邻居家的小弟弟听。';
/** The copy, with a sentence of its own that only those who may read it should ever see. */
const XINGQING_COPY = `${XIJI_ESSAY}星光小学五年级二班的这位同学最后写道：我要当一名禁毒宣传员。`;
const XIJI_SCHOOL = '西吉县清泉中学';
const XINGQING_SCHOOL = '兴庆区星光小学';

function contestSettings() {
  const day = 24 * 3600_000;
  return {
    type: 'essay',
    title: { zh: '兴庆区征文', en: 'Xingqing essays' },
    theme: { zh: '远离毒品', en: 'Stay away from drugs' },
    brief: { zh: '写一篇征文。', en: 'Write an essay.' },
    bands: ['primary', 'junior'],
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 30 * day).toISOString(),
    limits: { zhChars: { min: 10, max: 5000 }, enWords: { min: 10, max: 2000 } },
    stages: [
      { level: 'school', quota: 3 },
      { level: 'county', quota: 3 },
    ],
    rubric: [{ id: 'theme', name: { zh: '主题', en: 'Theme' }, description: { zh: '主题', en: 'Theme' }, max: 100 }],
  };
}

/** A requirement of 兴庆区 and one of the region, for the requirement rows. */
const requirements = { foreign: '', region: '' };
function requirementBody() {
  const month = chinaDateOf(Date.now()).slice(0, 7);
  return { title: { zh: '本月至少一次活动' }, from: month, to: month, minActivities: 1, minLessonHours: 0 };
}

const OTHER = {
  county: '640104',
  school: 'sch_demo_xq_xingguang',
  klass: 'cls_demo_xg_5_2',
  student: 'u_student2_demo',
  teacher: 'u_teacher2_demo',
};
const SAME_SCHOOL_OTHER_CLASS = 'cls_demo_qq_8_2';

interface Case {
  label: string;
  call: (client: ApiClient) => Promise<Reply>;
  /** Demo users that may do it; every other signed-in role must get 403. */
  allowed: string[];
}

interface RouteCases {
  route: string;
  cases: Case[];
}

const csv = utf8BomCsv(['姓名,学号', '测试,1']).toString('base64');
const schoolBody = { name: '越权测试学校', stage: 'primary' };
const EDITOR = ['editor.demo'];

const SCOPED: RouteCases[] = [
  {
    route: 'GET /api/units/{unitId}',
    cases: [
      { label: 'another county', call: (c) => c.get(`/api/units/${OTHER.county}`), allowed: ['region.demo'] },
      { label: 'a school of another county', call: (c) => c.get(`/api/units/${OTHER.school}`), allowed: ['region.demo'] },
      { label: 'a class of another county', call: (c) => c.get(`/api/units/${OTHER.klass}`), allowed: ['region.demo'] },
      {
        label: 'another class of the same school',
        call: (c) => c.get(`/api/units/${SAME_SCHOOL_OTHER_CLASS}`),
        allowed: ['region.demo', 'city.demo', 'county.demo', 'school.demo'],
      },
    ],
  },
  {
    route: 'POST /api/units/{unitId}/schools',
    cases: [{ label: 'another county', call: (c) => c.post(`/api/units/${OTHER.county}/schools`, schoolBody), allowed: ['region.demo'] }],
  },
  {
    route: 'POST /api/schools/{schoolId}/classes',
    cases: [{ label: 'another school', call: (c) => c.post(`/api/schools/${OTHER.school}/classes`, { grade: 3, name: '越权班' }), allowed: [] }],
  },
  {
    route: 'GET /api/schools/{schoolId}/teachers',
    cases: [{ label: 'another school', call: (c) => c.get(`/api/schools/${OTHER.school}/teachers`), allowed: [] }],
  },
  {
    route: 'POST /api/schools/{schoolId}/teachers',
    cases: [
      { label: 'another school', call: (c) => c.post(`/api/schools/${OTHER.school}/teachers`, { displayName: 'X', username: 'intruder.x' }), allowed: [] },
    ],
  },
  {
    route: 'PUT /api/classes/{classId}/teachers/{teacherId}',
    cases: [{ label: 'a class of another school', call: (c) => c.put(`/api/classes/${OTHER.klass}/teachers/u_teacher_demo`), allowed: [] }],
  },
  {
    route: 'DELETE /api/classes/{classId}/teachers/{teacherId}',
    cases: [
      { label: 'a class of another school', call: (c) => c.request('DELETE', `/api/classes/${OTHER.klass}/teachers/${OTHER.teacher}`), allowed: [] },
      // No link to end: the one allowed actor changes nothing.
      {
        label: 'another class of the same school',
        call: (c) => c.request('DELETE', `/api/classes/${SAME_SCHOOL_OTHER_CLASS}/teachers/${OTHER.teacher}`),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'GET /api/classes/{classId}/teachers',
    cases: [
      { label: 'a class of another school', call: (c) => c.get(`/api/classes/${OTHER.klass}/teachers`), allowed: [] },
      { label: 'another class of the same school', call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/teachers`), allowed: ['school.demo'] },
    ],
  },
  {
    route: 'POST /api/accounts/{userId}/class',
    cases: [
      { label: 'a student of another county', call: (c) => c.post(`/api/accounts/${OTHER.student}/class`, { classId: OTHER.klass }), allowed: [] },
      // To the student's own class: the one allowed actor moves nothing.
      {
        label: 'a student of the same school',
        call: (c) => c.post('/api/accounts/u_student_demo/class', { classId: 'cls_demo_qq_7_1' }),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'POST /api/schools/{schoolId}/transfers',
    cases: [
      {
        label: 'a transfer asked in another school’s name',
        call: (c) => c.post(`/api/schools/${OTHER.school}/transfers`, { studentId: OTHER.student, toSchoolId: 'sch_demo_xiji_qingquan' }),
        allowed: [],
      },
    ],
  },
  {
    route: 'GET /api/schools/{schoolId}/transfers',
    cases: [
      { label: 'another school’s transfers', call: (c) => c.get(`/api/schools/${OTHER.school}/transfers`), allowed: [] },
      { label: 'the own school’s transfers', call: (c) => c.get('/api/schools/sch_demo_xiji_qingquan/transfers'), allowed: ['school.demo'] },
    ],
  },
  {
    route: 'GET /api/schools/{schoolId}/promotion',
    cases: [
      { label: 'another school’s promotion', call: (c) => c.get(`/api/schools/${OTHER.school}/promotion`), allowed: [] },
      { label: 'the own school’s promotion', call: (c) => c.get('/api/schools/sch_demo_xiji_qingquan/promotion'), allowed: ['school.demo'] },
    ],
  },
  {
    route: 'POST /api/schools/{schoolId}/promotion',
    cases: [
      // The own school's admin runs it in integration/school-year.test.ts (it is not open before July).
      { label: 'another school', call: (c) => c.post(`/api/schools/${OTHER.school}/promotion`, { fromYear: '2026-2027' }), allowed: [] },
    ],
  },
  {
    route: 'POST /api/schools/{schoolId}/transfers/{transferId}/cancel',
    cases: [{ label: 'a transfer another school asked for', call: (c) => c.post(`/api/schools/${OTHER.school}/transfers/trf_none/cancel`), allowed: [] }],
  },
  {
    route: 'GET /api/schools/{schoolId}/activities',
    cases: [
      { label: 'another county’s school', call: (c) => c.get(`/api/schools/${OTHER.school}/activities`), allowed: ['region.demo'] },
      {
        label: 'the own school, or one below',
        call: (c) => c.get('/api/schools/sch_demo_xiji_qingquan/activities'),
        allowed: ['region.demo', 'city.demo', 'county.demo', 'school.demo', 'teacher.demo'],
      },
    ],
  },
  {
    route: 'POST /api/schools/{schoolId}/activities',
    cases: [
      {
        label: 'another county’s school',
        call: (c) => c.post(`/api/schools/${OTHER.school}/activities`, { kind: 'talk', date: '2026-11-20', participants: 1, hours: 1 }),
        allowed: [],
      },
    ],
  },
  ...(['GET', 'PUT', 'DELETE'] as const).map((method) => ({
    route: `${method} /api/schools/{schoolId}/activities/{activityId}`,
    cases: [
      {
        label: 'a record of another county’s school',
        call: (c: ApiClient) =>
          c.request(
            method,
            `/api/schools/${OTHER.school}/activities/act_none${method === 'DELETE' ? '?version=1' : ''}`,
            method === 'PUT' ? { kind: 'talk', date: '2026-11-20', participants: 1, hours: 1, version: 1 } : undefined,
          ),
        allowed: [],
      },
    ],
  })),
  {
    route: 'POST /api/schools/{schoolId}/activities/{activityId}/photos',
    cases: [
      {
        label: 'a record of another county’s school',
        call: (c) => c.post(`/api/schools/${OTHER.school}/activities/act_none/photos`, { contentType: 'image/jpeg', bytes: 100 }),
        allowed: [],
      },
    ],
  },
  ...(['PUT', 'DELETE'] as const).map((method) => ({
    route: `${method} /api/schools/{schoolId}/activities/{activityId}/photos/{photoId}`,
    cases: [
      {
        label: 'a record of another county’s school',
        call: (c: ApiClient) => c.request(method, `/api/schools/${OTHER.school}/activities/act_none/photos/pho_none`),
        allowed: [],
      },
    ],
  })),
  ...(['PUT', 'DELETE'] as const).map((method) => ({
    route: `${method} /api/schools/{schoolId}/activities/{activityId}/question`,
    cases: [
      {
        label: 'a record of another county’s school',
        call: (c: ApiClient) => c.request(method, `/api/schools/${OTHER.school}/activities/act_none/question`, method === 'PUT' ? { reason: 'x' } : undefined),
        allowed: [],
      },
    ],
  })),
  {
    route: 'GET /api/classes/{classId}/lessons',
    cases: [
      { label: 'a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/lessons`), allowed: [] },
      { label: 'another class of the own school', call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/lessons`), allowed: ['school.demo'] },
    ],
  },
  {
    route: 'POST /api/classes/{classId}/lessons',
    cases: [
      {
        label: 'a class of another county',
        call: (c) => c.post(`/api/classes/${OTHER.klass}/lessons`, { moduleId, date: chinaDateOf(Date.now()), hours: 1 }),
        allowed: [],
      },
    ],
  },
  {
    route: 'DELETE /api/classes/{classId}/lessons/{lessonId}',
    cases: [{ label: 'a lesson of another county’s class', call: (c) => c.request('DELETE', `/api/classes/${OTHER.klass}/lessons/les_none`), allowed: [] }],
  },
  {
    route: 'POST /api/units/{unitId}/requirements',
    cases: [
      {
        label: 'another county',
        call: (c) => c.post(`/api/units/${OTHER.county}/requirements`, requirementBody()),
        allowed: [],
      },
      { label: 'the region', call: (c) => c.post('/api/units/640000/requirements', requirementBody()), allowed: ['region.demo'] },
    ],
  },
  {
    route: 'GET /api/units/{unitId}/requirements',
    cases: [
      { label: 'another county', call: (c) => c.get(`/api/units/${OTHER.county}/requirements`), allowed: ['region.demo'] },
      {
        label: 'the own school',
        call: (c) => c.get('/api/units/sch_demo_xiji_qingquan/requirements'),
        allowed: ['region.demo', 'city.demo', 'county.demo', 'school.demo', 'teacher.demo'],
      },
    ],
  },
  {
    route: 'DELETE /api/units/{unitId}/requirements/{requirementId}',
    cases: [
      {
        label: 'a requirement of another county',
        call: (c) => c.request('DELETE', `/api/units/${OTHER.county}/requirements/${requirements.foreign}`),
        allowed: [],
      },
    ],
  },
  {
    route: 'GET /api/coverage/requirements/{requirementId}',
    cases: [
      { label: 'a requirement of another county', call: (c) => c.get(`/api/coverage/requirements/${requirements.foreign}`), allowed: ['region.demo'] },
      {
        label: 'the region’s requirement at the own school',
        call: (c) => c.get(`/api/coverage/requirements/${requirements.region}?unit=sch_demo_xiji_qingquan`),
        allowed: ['region.demo', 'city.demo', 'county.demo', 'school.demo', 'teacher.demo'],
      },
      {
        label: 'the region’s requirement at another county’s school',
        call: (c) => c.get(`/api/coverage/requirements/${requirements.region}?unit=${OTHER.school}`),
        allowed: ['region.demo'],
      },
    ],
  },
  ...(['accept', 'decline'] as const).map((decision) => ({
    route: `POST /api/schools/{schoolId}/transfers/{transferId}/${decision}`,
    cases: [
      {
        label: 'a transfer another school received',
        call: (c: ApiClient) =>
          c.post(`/api/schools/${OTHER.school}/transfers/trf_none/${decision}`, decision === 'accept' ? { classId: OTHER.klass } : undefined),
        allowed: [],
      },
    ],
  })),
  {
    route: 'GET /api/classes/{classId}/students',
    cases: [
      { label: 'a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/students`), allowed: [] },
      { label: 'a class of the same school not taught', call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/students`), allowed: ['school.demo'] },
    ],
  },
  {
    route: 'GET /api/classes/{classId}/sign-in-holds',
    cases: [
      { label: 'holds of a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/sign-in-holds`), allowed: [] },
      {
        label: 'holds of a class of the same school not taught',
        call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/sign-in-holds`),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'POST /api/classes/{classId}/roster-imports',
    cases: [
      {
        label: 'a class of another county',
        call: (c) => c.post(`/api/classes/${OTHER.klass}/roster-imports`, { fileName: 'x.csv', contentBase64: csv }),
        allowed: [],
      },
      {
        label: 'a class of the same school not taught',
        call: (c) => c.post(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/roster-imports`, { fileName: 'x.csv', contentBase64: csv }),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'POST /api/classes/{classId}/roster-imports/{importId}/commit',
    cases: [
      { label: 'an import of another county', call: (c) => c.post(`/api/classes/${OTHER.klass}/roster-imports/${foreignImportId}/commit`), allowed: [] },
      // Even the school admin may not commit what a teacher uploaded: it would issue slips to someone else.
      {
        label: 'an import of another teacher',
        call: (c) => c.post(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/roster-imports/${ownSchoolOtherClassImportId}/commit`),
        allowed: [],
      },
    ],
  },
  ...(['unlock', 'disable', 'enable'] as const).map((action) => ({
    route: `POST /api/accounts/{userId}/${action}`,
    cases: [
      { label: `${action}: a student of another county`, call: (c: ApiClient) => c.post(`/api/accounts/${OTHER.student}/${action}`), allowed: [] },
      { label: `${action}: a teacher of another county`, call: (c: ApiClient) => c.post(`/api/accounts/${OTHER.teacher}/${action}`), allowed: [] },
      {
        label: `${action}: a classmate (as a student)`,
        call: (c: ApiClient) => c.post(`/api/accounts/u_demo_qq_7_1_2/${action}`),
        allowed: ['teacher.demo', 'school.demo'],
      },
    ],
  })),
  {
    route: 'GET /api/classes/{classId}/roster-imports/{importId}/slips',
    cases: [{ label: 'slips of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/roster-imports/${foreignImportId}/slips`), allowed: [] }],
  },
  {
    route: 'POST /api/accounts/{userId}/password-reset',
    cases: [
      { label: 'a student of another county', call: (c) => c.post(`/api/accounts/${OTHER.student}/password-reset`), allowed: [] },
      { label: 'a teacher of another county', call: (c) => c.post(`/api/accounts/${OTHER.teacher}/password-reset`), allowed: [] },
      { label: 'a classmate (as a student)', call: (c) => c.post('/api/accounts/u_demo_qq_7_1_1/password-reset'), allowed: ['teacher.demo', 'school.demo'] },
    ],
  },
  ...['export', 'export.zip'].map((file) => ({
    route: `GET /api/accounts/{userId}/${file}`,
    cases: [
      { label: 'a student of another county', call: (c: ApiClient) => c.get(`/api/accounts/${OTHER.student}/${file}`), allowed: [] },
      { label: 'a student of the caller’s school', call: (c: ApiClient) => c.get(`/api/accounts/u_demo_qq_7_1_1/${file}`), allowed: ['school.demo'] },
    ],
  })),
  {
    route: 'DELETE /api/accounts/{userId}',
    cases: [
      {
        label: 'a student of another county',
        call: (c) => c.request('DELETE', `/api/accounts/${OTHER.student}`, { reason: 'left', confirm: 'student2.demo' }),
        allowed: [],
      },
      {
        label: 'a teacher of the same school',
        call: (c) => c.request('DELETE', '/api/accounts/u_teacher_demo', { reason: 'left', confirm: 'teacher.demo' }),
        allowed: [],
      },
      // A student imported for this row alone: the one allowed actor really deletes it.
      {
        label: 'a student of the caller’s school',
        call: (c) => c.request('DELETE', `/api/accounts/${doomedStudent.id}`, { reason: 'left', confirm: doomedStudent.username }),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'GET /api/schools/{schoolId}/audit',
    cases: [
      { label: 'the log of another school', call: (c) => c.get(`/api/schools/${OTHER.school}/audit`), allowed: [] },
      {
        label: 'the log of the caller’s school (its admin only, never a bureau)',
        call: (c) => c.get('/api/schools/sch_demo_xiji_qingquan/audit'),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'GET /api/units/{unitId}/audit-counts',
    cases: [
      { label: 'counts of another county', call: (c) => c.get(`/api/units/${OTHER.county}/audit-counts`), allowed: ['region.demo'] },
      {
        label: 'counts of the caller’s county (bureaus only)',
        call: (c) => c.get('/api/units/640422/audit-counts'),
        allowed: ['region.demo', 'city.demo', 'county.demo'],
      },
    ],
  },
  ...['POST', 'DELETE'].map((method) => ({
    route: `${method} /api/accounts/{userId}/consent`,
    cases: [
      {
        label: 'a student of another county',
        call: (c: ApiClient) => c.request(method, `/api/accounts/${OTHER.student}/consent`, method === 'POST' ? { method: 'paper' } : undefined),
        allowed: [],
      },
      {
        label: 'a classmate (as a student)',
        call: (c: ApiClient) => c.request(method, '/api/accounts/u_demo_qq_7_1_1/consent', method === 'POST' ? { method: 'paper' } : undefined),
        allowed: ['teacher.demo', 'school.demo'],
      },
    ],
  })),
  ...['GET', 'PUT'].map((method) => ({
    route: `${method} /api/schools/{schoolId}/settings`,
    cases: [
      {
        label: 'another school',
        call: (c: ApiClient) => c.request(method, `/api/schools/${OTHER.school}/settings`, method === 'PUT' ? { consentRequired: false } : undefined),
        allowed: [],
      },
      {
        label: 'the caller’s school',
        call: (c: ApiClient) => c.request(method, '/api/schools/sch_demo_xiji_qingquan/settings', method === 'PUT' ? { consentRequired: false } : undefined),
        allowed: ['school.demo'],
      },
    ],
  })),
  {
    route: 'GET /api/modules',
    cases: [{ label: 'the editors’ module list', call: (c) => c.get('/api/modules'), allowed: EDITOR }],
  },
  {
    route: 'POST /api/modules',
    cases: [{ label: 'a new module', call: (c) => c.post('/api/modules', { content: moduleContent('越权'), featured: false }), allowed: EDITOR }],
  },
  {
    route: 'GET /api/modules/{moduleId}/draft',
    cases: [{ label: 'a draft', call: (c) => c.get(`/api/modules/${moduleId}/draft`), allowed: EDITOR }],
  },
  {
    route: 'PUT /api/modules/{moduleId}/draft',
    cases: [
      {
        label: 'a draft',
        call: (c) => c.put(`/api/modules/${moduleId}/draft`, { version: 1, content: moduleContent('改'), featured: false }),
        allowed: EDITOR,
      },
    ],
  },
  {
    route: 'POST /api/modules/{moduleId}/publish',
    cases: [{ label: 'a draft', call: (c) => c.post(`/api/modules/${moduleId}/publish`), allowed: EDITOR }],
  },
  {
    route: 'POST /api/modules/{moduleId}/retire',
    cases: [{ label: 'a module', call: (c) => c.post(`/api/modules/${retireModuleId}/retire`), allowed: EDITOR }],
  },
  {
    route: 'PUT /api/modules/{moduleId}/featured',
    cases: [{ label: 'a module', call: (c) => c.put(`/api/modules/${moduleId}/featured`, { featured: true }), allowed: EDITOR }],
  },
  {
    route: 'POST /api/assignments',
    cases: [
      {
        label: 'a class of another county',
        call: (c) => c.post('/api/assignments', { moduleId, classIds: [OTHER.klass], dueDate: '2030-01-01' }),
        allowed: [],
      },
      {
        label: 'a class of the same school not taught',
        call: (c) => c.post('/api/assignments', { moduleId, classIds: [SAME_SCHOOL_OTHER_CLASS], dueDate: '2030-01-01' }),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'GET /api/classes/{classId}/assignments',
    cases: [
      { label: 'a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/assignments`), allowed: [] },
      { label: 'a class of the same school not taught', call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/assignments`), allowed: ['school.demo'] },
    ],
  },
  {
    route: 'GET /api/classes/{classId}/progress',
    cases: [
      { label: 'a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/progress`), allowed: [] },
      { label: 'a class of the same school not taught', call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/progress`), allowed: ['school.demo'] },
    ],
  },
  {
    route: 'POST /api/classes/{classId}/family-links',
    cases: [
      {
        label: 'a class of another county',
        call: (c) => c.post(`/api/classes/${OTHER.klass}/family-links`, { moduleId: 'mod_families-talking-about-drugs' }),
        allowed: [],
      },
      {
        label: 'a class of the same school not taught',
        call: (c) => c.post(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/family-links`, { moduleId: 'mod_families-talking-about-drugs' }),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'GET /api/classes/{classId}/family-links',
    cases: [
      { label: 'a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/family-links`), allowed: [] },
      { label: 'a class of the same school not taught', call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/family-links`), allowed: ['school.demo'] },
    ],
  },
  {
    route: 'GET /api/classes/{classId}/progress.csv',
    cases: [{ label: 'a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/progress.csv`), allowed: [] }],
  },
  {
    route: 'POST /api/campaigns',
    cases: [
      {
        label: 'the caller’s own unit (bureaus only)',
        call: (c) => c.post('/api/campaigns', { name: '测试', ...openCampaignDates(), moduleIds: [moduleId] }),
        allowed: ['region.demo', 'city.demo', 'county.demo'],
      },
    ],
  },
  {
    route: 'GET /api/campaigns/{campaignId}',
    cases: [{ label: 'a campaign of another county', call: (c) => c.get(`/api/campaigns/${foreignCampaignId}`), allowed: ['region.demo'] }],
  },
  { route: 'GET /api/questions', cases: [{ label: 'the bank', call: (c) => c.get('/api/questions'), allowed: EDITOR }] },
  {
    route: 'POST /api/questions',
    cases: [{ label: 'a new question', call: (c) => c.post('/api/questions', { content: questionContents(1)[0] }), allowed: EDITOR }],
  },
  {
    route: 'PUT /api/questions/{questionId}',
    cases: [{ label: 'a question', call: (c) => c.put(`/api/questions/${questionId}`, { version: 1, content: questionContents(2)[1] }), allowed: EDITOR }],
  },
  {
    route: 'POST /api/questions/{questionId}/retire',
    cases: [{ label: 'a question', call: (c) => c.post(`/api/questions/${questionId}/retire`), allowed: EDITOR }],
  },
  {
    route: 'POST /api/quizzes',
    cases: [
      {
        label: 'a competition of the caller’s own unit (bureaus only)',
        call: (c) => c.post('/api/quizzes', { settings: competitionSettings(foreignQuestionIds) }),
        allowed: ['region.demo', 'city.demo', 'county.demo'],
      },
      {
        label: 'a platform practice quiz (editors only)',
        call: (c) => c.post('/api/quizzes', { settings: { ...competitionSettings(foreignQuestionIds), kind: 'practice', certificateThreshold: undefined } }),
        allowed: EDITOR,
      },
    ],
  },
  {
    route: 'GET /api/quizzes/{quizId}',
    cases: [{ label: 'a competition of another county', call: (c) => c.get(`/api/quizzes/${foreignQuizId}`), allowed: ['region.demo'] }],
  },
  {
    route: 'GET /api/quizzes/{quizId}/board',
    cases: [{ label: 'the board of another county', call: (c) => c.get(`/api/quizzes/${foreignQuizId}/board?unit=${OTHER.county}`), allowed: ['region.demo'] }],
  },
  {
    route: 'GET /api/classes/{classId}/quizzes/{quizId}/results',
    cases: [
      { label: 'a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/quizzes/${foreignQuizId}/results`), allowed: [] },
      {
        label: 'a class of the same school not taught',
        call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/quizzes/${foreignQuizId}/results`),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'GET /api/classes/{classId}/modules/{moduleId}/gain',
    cases: [
      { label: 'a class of another county', call: (c) => c.get(`/api/classes/${OTHER.klass}/modules/${moduleId}/gain`), allowed: [] },
      {
        label: 'a class of the same school not taught',
        call: (c) => c.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/modules/${moduleId}/gain`),
        allowed: ['school.demo'],
      },
    ],
  },
  {
    route: 'GET /api/units/{unitId}/modules/{moduleId}/gain',
    cases: [{ label: 'another county', call: (c) => c.get(`/api/units/${OTHER.county}/modules/${moduleId}/gain`), allowed: ['region.demo'] }],
  },
  ...['/api/coverage', '/api/coverage.csv', '/api/coverage/laggards', '/api/coverage/history'].map((path) => ({
    route: `GET ${path}`,
    cases: [
      { label: 'another county', call: (c: ApiClient) => c.get(`${path}?unit=${OTHER.county}&campaign=${foreignCampaignId}`), allowed: ['region.demo'] },
      {
        label: 'a class of another county',
        call: (c: ApiClient) => c.get(`${path}?unit=${OTHER.klass}&campaign=${foreignCampaignId}`),
        allowed: ['region.demo'],
      },
    ],
  })),
  {
    route: 'POST /api/quizzes/{quizId}/attempts',
    cases: [{ label: 'a competition of another county', call: (c) => c.post(`/api/quizzes/${foreignQuizId}/attempts`), allowed: [] }],
  },
  {
    route: 'GET /api/attempts/{attemptId}',
    cases: [{ label: 'another student’s attempt', call: (c) => c.get(`/api/attempts/${foreignAttempt.id}`), allowed: [] }],
  },
  {
    route: 'PUT /api/attempts/{attemptId}/answers/{questionId}',
    cases: [
      {
        label: 'another student’s attempt',
        call: (c) => c.put(`/api/attempts/${foreignAttempt.id}/answers/${foreignAttempt.questionId}`, { optionIds: [foreignAttempt.optionId] }),
        allowed: [],
      },
    ],
  },
  {
    route: 'POST /api/attempts/{attemptId}/submit',
    cases: [{ label: 'another student’s attempt', call: (c) => c.post(`/api/attempts/${foreignAttempt.id}/submit`), allowed: [] }],
  },
  {
    route: 'POST /api/contests',
    cases: [
      { label: 'a contest for another county', call: (c) => c.post('/api/contests', { unitId: OTHER.county, settings: contestSettings() }), allowed: [] },
    ],
  },
  {
    route: 'GET /api/contests/{contestId}',
    cases: [{ label: 'a contest of another county', call: (c) => c.get(`/api/contests/${foreignContest.contestId}`), allowed: ['region.demo', 'editor.demo'] }],
  },
  {
    route: 'GET /api/contests/{contestId}/progress',
    cases: [{ label: 'a contest of another county', call: (c) => c.get(`/api/contests/${foreignContest.contestId}/progress`), allowed: ['region.demo'] }],
  },
  {
    route: 'GET /api/contests/{contestId}/awards',
    cases: [
      { label: 'a contest of another county', call: (c) => c.get(`/api/contests/${foreignContest.contestId}/awards`), allowed: ['region.demo', 'editor.demo'] },
    ],
  },
  {
    route: 'POST /api/contests/{contestId}/awards',
    cases: [
      {
        label: 'a contest of another county (its own bureau only)',
        call: (c) => c.post(`/api/contests/${foreignContest.contestId}/awards`, { counts: { first: 1, second: 0, third: 0, excellence: 0 } }),
        allowed: [],
      },
    ],
  },
  {
    route: 'POST /api/contests/{contestId}/entries/{entryId}/feature',
    // Editors only; an entry that is not an awarded lesson is then answered as missing (404).
    cases: [
      {
        label: 'an essay entry of another county',
        call: (c) => c.post(`/api/contests/${foreignContest.contestId}/entries/${foreignContest.entryId}/feature`),
        allowed: [],
      },
    ],
  },
  ...['GET', 'PUT'].map((method) => ({
    route: `${method} /api/contests/{contestId}/entries/me`,
    cases: [
      {
        label: 'a contest of another county',
        call: (c: ApiClient) =>
          c.request(
            method,
            `/api/contests/${foreignContest.contestId}/entries/me`,
            method === 'PUT' ? { version: 0, content: { title: 't', text: 'x', language: 'zh' } } : undefined,
          ),
        allowed: [],
      },
    ],
  })),
  ...['submit', 'withdraw'].map((action) => ({
    route: `POST /api/contests/{contestId}/entries/me/${action}`,
    cases: [
      { label: 'a contest of another county', call: (c: ApiClient) => c.post(`/api/contests/${foreignContest.contestId}/entries/me/${action}`), allowed: [] },
    ],
  })),
  {
    route: 'GET /api/contests/{contestId}/stages/{level}/units/{unitId}',
    cases: [
      {
        label: 'a school stage of another county',
        call: (c) => c.get(`/api/contests/${foreignContest.contestId}/stages/school/units/${OTHER.school}`),
        allowed: ['region.demo'],
      },
      {
        label: 'the county stage of another county',
        call: (c) => c.get(`/api/contests/${foreignContest.contestId}/stages/county/units/${OTHER.county}`),
        allowed: ['region.demo'],
      },
    ],
  },
  {
    route: 'GET /api/contests/{contestId}/stages/{level}/units/{unitId}/entries/{entryId}',
    cases: [
      {
        label: 'an entry at another county’s school stage',
        call: (c) => c.get(`/api/contests/${foreignContest.contestId}/stages/school/units/${OTHER.school}/entries/${foreignContest.entryId}`),
        allowed: ['region.demo'],
      },
    ],
  },
  {
    route: 'PUT /api/contests/{contestId}/stages/{level}/units/{unitId}/panel',
    cases: [
      {
        label: 'another county’s stage',
        call: (c) =>
          c.put(`/api/contests/${foreignContest.contestId}/stages/county/units/${OTHER.county}/panel`, { judgeIds: ['u_judge_demo', 'u_judge2_demo'] }),
        allowed: [],
      },
    ],
  },
  {
    route: 'PUT /api/contests/{contestId}/stages/{level}/units/{unitId}/reviewers',
    cases: [
      {
        label: 'another county’s school',
        call: (c) => c.put(`/api/contests/${foreignContest.contestId}/stages/school/units/${OTHER.school}/reviewers`, { teacherIds: [OTHER.teacher] }),
        allowed: [],
      },
    ],
  },
  {
    route: 'POST /api/contests/{contestId}/stages/{level}/units/{unitId}/advance',
    cases: [
      {
        label: 'another county’s school',
        call: (c) => c.post(`/api/contests/${foreignContest.contestId}/stages/school/units/${OTHER.school}/advance`, { entryIds: [foreignContest.entryId] }),
        allowed: [],
      },
    ],
  },
  {
    route: 'POST /api/units/{unitId}/judges',
    cases: [
      {
        label: 'a judge of another county',
        call: (c) => c.post(`/api/units/${OTHER.county}/judges`, { displayName: '越权评委', username: 'authz.judge' }),
        allowed: [],
      },
    ],
  },
  {
    route: 'GET /api/units/{unitId}/judges',
    cases: [{ label: 'judges of another county', call: (c) => c.get(`/api/units/${OTHER.county}/judges`), allowed: [] }],
  },
  {
    route: 'GET /api/contests/{contestId}/similarity',
    cases: [
      { label: 'flags of another county’s contest', call: (c) => c.get(`/api/contests/${foreignContest.contestId}/similarity`), allowed: ['region.demo'] },
    ],
  },
  {
    route: 'GET /api/contests/{contestId}/similarity/{flagId}',
    cases: [
      {
        label: 'a flagged pair of another county',
        call: (c) => c.get(`/api/contests/${foreignContest.contestId}/similarity/${encodeURIComponent(foreignContest.flagId)}`),
        allowed: ['region.demo'],
      },
      // Each bureau with one side in its scope opens the pair, and sees that side only (checked below).
      {
        label: 'a pair across two counties of a region contest',
        call: (c) => c.get(`/api/contests/${crossCounty.contestId}/similarity/${encodeURIComponent(crossCounty.flagId)}`),
        allowed: ['region.demo', 'city.demo', 'county.demo'],
      },
    ],
  },
  ...['GET', 'PUT'].map((method) => ({
    route: `${method} /api/judging/{contestId}/{code}`,
    cases: [
      {
        label: 'an entry not assigned to the judge',
        call: (c: ApiClient) =>
          c.request(
            method,
            `/api/judging/${foreignContest.contestId}/${foreignContest.code}`,
            method === 'PUT' ? { criteria: [{ id: 'theme', points: 1, comment: '' }] } : undefined,
          ),
        allowed: [],
      },
    ],
  })),
];

const foreignQuestionIds: string[] = [];

function competitionSettings(questionIds: string[]) {
  return {
    title: { zh: '竞赛', en: 'Competition' },
    kind: 'competition',
    rules: { fixed: questionIds },
    timeLimitMinutes: 20,
    attemptsAllowed: 1,
    passMark: 60,
    certificateThreshold: 80,
    reviewPolicy: 'after_submit',
    opensAt: new Date(Date.now() - 3600_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
  };
}

/** Routes about the caller only, or public: nothing of anyone else to reach. */
const UNSCOPED: Record<string, string> = {
  'GET /api/health': 'public liveness',
  'GET /api/openapi.json': 'public API description',
  'POST /api/auth/login': 'signs in the caller',
  'POST /api/auth/logout': 'signs out the caller',
  'POST /api/auth/logout-everywhere': 'ends the caller’s own sessions',
  'GET /api/me': 'the caller',
  'POST /api/auth/password': 'the caller’s own password',
  'GET /api/me/classes': 'the calling teacher’s classes',
  'GET /api/catalog': 'published course content, the same for everyone signed in',
  'GET /api/modules/{moduleId}': 'published course content',
  'GET /api/modules/{moduleId}/versions/{version}': 'published course content',
  'GET /api/me/tasks': 'the calling student’s tasks',
  'GET /api/me/progress/{moduleId}': 'the calling student’s progress',
  'PUT /api/me/progress/{moduleId}': 'the calling student’s progress',
  'GET /api/me/modules/{moduleId}': 'the calling student’s progress and published course content',
  'GET /api/campaigns': 'campaigns reaching the caller’s own unit',
  'GET /api/quizzes': 'quizzes reaching the caller’s own unit',
  'GET /api/me/certificates': 'the calling student’s certificates',
  'GET /api/certificates/{code}': 'public verification by an unguessable code',
  'GET /api/family/{token}': 'a families lesson, public behind an unguessable link',
  'POST /api/family/{token}/opens': 'counts a device’s open of an unguessable link',
  'GET /api/contests': 'contests reaching the caller’s own unit',
  'GET /api/judging': 'the calling judge’s own assignments',
};

const ACTORS = DEMO_LOGINS.map((l) => l.username).filter((u) => !['county2.demo', 'school2.demo', 'teacher2.demo', 'student2.demo'].includes(u));

beforeAll(async () => {
  server = await startTestServer();
  for (const username of [...ACTORS, 'teacher2.demo']) clients.set(username, await ApiClient.signedIn(server.url, username));
  const foreign = await clients.get('teacher2.demo')!.post(`/api/classes/${OTHER.klass}/roster-imports`, { fileName: 'x.csv', contentBase64: csv });
  foreignImportId = foreign.body.import.id;
  await clients.get('teacher2.demo')!.post(`/api/classes/${OTHER.klass}/roster-imports/${foreignImportId}/commit`);
  // A teacher of the Xiji school, assigned to the other class, uploads a file there.
  const admin = clients.get('school.demo')!;
  const created = await admin.post('/api/schools/sch_demo_xiji_qingquan/teachers', { displayName: '赵老师', username: 'authz.teacher' });
  await admin.put(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/teachers/${created.body.user.id}`);
  const other = await ApiClient.signedIn(server.url, 'authz.teacher', created.body.oneTimePassword);
  await other.post('/api/auth/password', { currentPassword: created.body.oneTimePassword, newPassword: 'authz-teacher-pass' });
  const upload = await other.post(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/roster-imports`, { fileName: 'x.csv', contentBase64: csv });
  ownSchoolOtherClassImportId = upload.body.import.id;
  const doomed = await admin.post(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/roster-imports`, {
    fileName: 'doomed.csv',
    contentBase64: utf8BomCsv(['姓名,学号', '待删除,D1']).toString('base64'),
  });
  const doomedSlips = await admin.post(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/roster-imports/${doomed.body.import.id}/commit`);
  doomedStudent.username = doomedSlips.body.slips.credentials[0].username;
  const classmates = (await admin.get(`/api/classes/${SAME_SCHOOL_OTHER_CLASS}/students`)).body.students as { id: string; username: string }[];
  doomedStudent.id = classmates.find((s) => s.username === doomedStudent.username)!.id;

  const editor = clients.get('editor.demo')!;
  moduleId = (await editor.post('/api/modules', { content: moduleContent('甲'), featured: false })).body.module.id;
  await editor.post(`/api/modules/${moduleId}/publish`);
  retireModuleId = (await editor.post('/api/modules', { content: moduleContent('乙'), featured: false })).body.module.id;
  const county2 = await ApiClient.signedIn(server.url, 'county2.demo');
  for (const content of questionContents(3)) foreignQuestionIds.push((await editor.post('/api/questions', { content })).body.question.id);
  questionId = (await editor.post('/api/questions', { content: questionContents(1)[0] })).body.question.id;
  foreignQuizId = (await county2.post('/api/quizzes', { settings: competitionSettings(foreignQuestionIds) })).body.quiz.id;
  const student2 = await ApiClient.signedIn(server.url, 'student2.demo');
  const attempt = (await student2.post(`/api/quizzes/${foreignQuizId}/attempts`)).body.attempt;
  foreignAttempt = { id: attempt.id, questionId: attempt.questions[0].id, optionId: attempt.questions[0].options[0].id };
  foreignContest.contestId = (await county2.post('/api/contests', { unitId: OTHER.county, settings: contestSettings() })).body.contest.id;
  await student2.put(`/api/contests/${foreignContest.contestId}/entries/me`, {
    version: 0,
    content: { title: '抄来的', text: KNOWN_TEXTS[0]!.text, language: 'zh' },
  });
  const entry = (await student2.post(`/api/contests/${foreignContest.contestId}/entries/me/submit`)).body.entry;
  Object.assign(foreignContest, {
    entryId: entry.id,
    code: entry.code,
    flagId: (await county2.get(`/api/contests/${foreignContest.contestId}/similarity`)).body.flags[0].id,
  });
  clients.set('county2.demo', county2);
  const region = clients.get('region.demo')!;
  crossCounty.contestId = (
    await region.post('/api/contests', {
      unitId: '640000',
      settings: {
        ...contestSettings(),
        title: { zh: '全区征文', en: 'Region essays' },
        stages: [
          { level: 'school', quota: 3 },
          { level: 'county', quota: 3 },
          { level: 'region', quota: 3 },
        ],
      },
    })
  ).body.contest.id;
  for (const [student, text] of [
    [clients.get('student.demo')!, XIJI_ESSAY],
    [student2, XINGQING_COPY],
  ] as const) {
    await student.put(`/api/contests/${crossCounty.contestId}/entries/me`, { version: 0, content: { title: '我的征文', text, language: 'zh' } });
    await student.post(`/api/contests/${crossCounty.contestId}/entries/me/submit`);
  }
  crossCounty.flagId = (await region.get(`/api/contests/${crossCounty.contestId}/similarity`)).body.flags[0].id;
  requirements.foreign = (await county2.post(`/api/units/${OTHER.county}/requirements`, requirementBody())).body.requirement.id;
  requirements.region = (await region.post('/api/units/640000/requirements', requirementBody())).body.requirement.id;
  foreignCampaignId = (await county2.post('/api/campaigns', { name: '兴庆区活动', ...openCampaignDates(), moduleIds: [moduleId] })).body.campaign.id;
});
afterAll(() => server.close());

describe('authorization matrix', () => {
  it('covers every route of the OpenAPI document', async () => {
    const doc = (await new ApiClient(server.url).get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = [...SCOPED.map((r) => r.route), ...Object.keys(UNSCOPED)];
    expect([...documented].sort()).toEqual([...covered].sort());
  });

  for (const { route, cases } of SCOPED)
    for (const testCase of cases)
      it(`${route} on ${testCase.label}: only ${testCase.allowed.join(', ') || 'nobody listed'}`, async () => {
        const outcomes: Record<string, number> = {};
        for (const actor of ACTORS) outcomes[actor] = (await testCase.call(clients.get(actor)!)).status;
        const expected = Object.fromEntries(ACTORS.map((actor) => [actor, testCase.allowed.includes(actor) ? 'allowed' : 'forbidden']));
        const actual = Object.fromEntries(
          // 404 counts as refused: another student's attempt is answered as if it did not exist.
          Object.entries(outcomes).map(([actor, status]) => [
            actor,
            status === 403 || status === 404 ? 'forbidden' : status < 300 ? 'allowed' : `status ${status}`,
          ]),
        );
        expect(actual).toEqual(expected);
      });

  it('answers 401 on every scoped route without a session', async () => {
    const anonymous = new ApiClient(server.url);
    for (const { cases } of SCOPED) for (const testCase of cases) expect((await testCase.call(anonymous)).status, testCase.label).toBe(401);
  });

  it('shows each county bureau only its own side of a pair across counties: no text, school or passages of the other', async () => {
    for (const [bureau, ownText, ownSchool, otherSchool] of [
      ['county.demo', XIJI_ESSAY, XIJI_SCHOOL, XINGQING_SCHOOL],
      ['county2.demo', XINGQING_COPY, XINGQING_SCHOOL, XIJI_SCHOOL],
    ]) {
      const client = clients.get(bureau!)!;
      const list = await client.get(`/api/contests/${crossCounty.contestId}/similarity`);
      expect(list.status, bureau).toBe(200);
      expect(list.body.flags.map((f: { id: string }) => f.id)).toEqual([crossCounty.flagId]);
      expect(JSON.stringify(list.body), bureau).toContain(ownSchool);
      expect(JSON.stringify(list.body), bureau).not.toContain(otherSchool);

      const { status, body } = await client.get(`/api/contests/${crossCounty.contestId}/similarity/${encodeURIComponent(crossCounty.flagId)}`);
      expect(status, bureau).toBe(200);
      const { pair } = body;
      const own = pair.textA === ownText ? 'A' : 'B';
      const other = own === 'A' ? 'B' : 'A';
      expect(pair[`text${own}`], bureau).toBe(ownText);
      expect(pair[`passages${own}`].length).toBeGreaterThan(0);
      expect(pair[`text${other}`], bureau).toBeNull();
      expect(pair[`passages${other}`]).toEqual([]);
      expect(pair.flag.outside).toEqual([other.toLowerCase()]);
      expect(pair.flag[`school${other}`]).toBeUndefined();
      expect(pair.flag[other.toLowerCase()]).toMatch(/^[A-Z0-9]{8}$/);
      const shown = JSON.stringify(body);
      expect(shown, bureau).not.toContain(otherSchool);
      // The copy's own sentence is Xingqing's student's text: 西吉县 never sees it.
      if (bureau === 'county.demo') expect(shown).not.toContain('禁毒宣传员');
    }
    // The region sees both sides, with their schools.
    const whole = await clients.get('region.demo')!.get(`/api/contests/${crossCounty.contestId}/similarity/${encodeURIComponent(crossCounty.flagId)}`);
    expect([whole.body.pair.textA, whole.body.pair.textB].sort()).toEqual([XIJI_ESSAY, XINGQING_COPY].sort());
    expect(whole.body.pair.flag.outside).toEqual([]);
    expect([whole.body.pair.flag.schoolA.zh, whole.body.pair.flag.schoolB.zh].sort()).toEqual([XIJI_SCHOOL, XINGQING_SCHOOL].sort());
  });

  it('never gives a bureau a student’s name', async () => {
    for (const bureau of ['region.demo', 'city.demo', 'county.demo']) {
      const klass = await clients.get(bureau)!.get('/api/units/cls_demo_qq_7_1');
      expect(JSON.stringify(klass.body)).not.toContain('小明');
      expect((await clients.get(bureau)!.get('/api/classes/cls_demo_qq_7_1/students')).status).toBe(403);
    }
  });

  it('shows a county bureau its own county’s schools only, and a city bureau its counties only', async () => {
    const county = await clients.get('county.demo')!.get('/api/units/640422');
    expect(county.body.children.map((u: { id: string }) => u.id).sort()).toEqual(['sch_demo_xiji_hongyan', 'sch_demo_xiji_qingquan']);
    expect((await clients.get('county.demo')!.get('/api/units/640400')).status).toBe(403);
    const city = await clients.get('city.demo')!.get('/api/units/640400');
    expect(city.body.children.map((u: { id: string }) => u.id).sort()).toEqual(['640402', '640422', '640423', '640424', '640425']);
    expect((await clients.get('city.demo')!.get('/api/units/640000')).status).toBe(403);
  });
});
