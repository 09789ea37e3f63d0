/** Key builders: every item's keys are made here, so docs/DATA_MODEL.md has one place to match. */
export const keys = {
  unit: (id: string) => ({ PK: `ORG#${id}`, SK: 'META' }),
  unitChildren: (parentId: string) => `CHILDREN#${parentId}`,
  // A unit among its parent's children (GSI1SK): by kind, then Chinese name.
  unitOrder: (kind: string, nameZh: string, id: string) => `${kind}#${nameZh}#${id}`,
  account: (id: string) => ({ PK: `USER#${id}`, SK: 'META' }),
  username: (username: string) => ({ PK: `USERNAME#${username}`, SK: 'META' }),
  members: (orgId: string) => `MEMBERS#${orgId}`,
  // An account among its unit's members (GSI1SK): by role, then name; `membersOfRole` is the prefix of one role.
  memberOrder: (role: string, displayName: string, id: string) => `${role}#${displayName}#${id}`,
  membersOfRole: (role: string) => `${role}#`,
  teaching: (classId: string, teacherId: string) => ({ PK: `ORG#${classId}`, SK: `TEACHER#${teacherId}` }),
  teaches: (teacherId: string) => `TEACHES#${teacherId}`,
  teachersOfClass: () => 'TEACHER#',
  studentNumber: (classId: string, number: string) => ({ PK: `ORG#${classId}`, SK: `STUNO#${number}` }),
  studentNumbers: () => 'STUNO#',
  // A transfer between schools: one copy under each of the two schools, so that each lists its own in one Query.
  transfer: (schoolId: string, transferId: string) => ({ PK: `ORG#${schoolId}`, SK: `TRANSFER#${transferId}` }),
  transfersOfSchool: () => 'TRANSFER#',
  // A student has at most one transfer pending: this item claims it.
  pendingTransfer: (studentId: string) => ({ PK: `USER#${studentId}`, SK: 'TRANSFER' }),
  // Graduates of a school year, for the job that removes their data when their read-only time ends; sharded so
  // that a national graduation (millions in one summer) spreads over partitions.
  graduate: (year: string, shard: number, userId: string) => ({ PK: `GRADUATES#${year}#${shard}`, SK: userId }),
  graduatesOfYear: (year: string, shard: number) => `GRADUATES#${year}#${shard}`,
  // An off-line activity a school recorded, and the facts that count it (store/activities.ts).
  activity: (schoolId: string, activityId: string) => ({ PK: `ORG#${schoolId}`, SK: `ACTIVITY#${activityId}` }),
  activitiesOfSchool: () => 'ACTIVITY#',
  activityFact: (schoolId: string, activityId: string) => ({ PK: `ORG#${schoolId}`, SK: `FACT#activity#${activityId}` }),
  activityMonthFact: (schoolId: string, activityId: string) => ({ PK: `ORG#${schoolId}`, SK: `FACT#activity-month#${activityId}` }),
  // A lesson taught in class mode, and its facts for the school year and the month (store/lessons.ts).
  lesson: (classId: string, lessonId: string) => ({ PK: `ORG#${classId}`, SK: `LESSON#${lessonId}` }),
  lessonsOfClass: () => 'LESSON#',
  lessonFact: (classId: string, lessonId: string, period: 'year' | 'month') => ({ PK: `ORG#${classId}`, SK: `FACT#lesson-${period}#${lessonId}` }),
  lessonCampaignFact: (classId: string, lessonId: string, campaignId: string) => ({
    PK: `ORG#${classId}`,
    SK: `FACT#lesson-campaign#${lessonId}#${campaignId}`,
  }),
  // A bureau's requirement, and its copy under the unit that set it for the unit's list (store/requirements.ts).
  requirement: (requirementId: string) => ({ PK: `REQUIREMENT#${requirementId}`, SK: 'META' }),
  requirementOfUnit: (unitId: string, requirementId: string) => ({ PK: `ORG#${unitId}`, SK: `REQUIREMENT#${requirementId}` }),
  requirementsOfUnit: () => 'REQUIREMENT#',
  rosterImport: (classId: string, importId: string) => ({ PK: `ORG#${classId}`, SK: `IMPORT#${importId}` }),
  rosterImports: () => 'IMPORT#',
  importChunk: (importId: string, chunk: number) => ({ PK: `IMPORT#${importId}`, SK: `CHUNK#${chunk}` }),
  importChunks: () => 'CHUNK#',
  usernameSequence: (countyId: string) => ({ PK: `SEQ#${countyId}`, SK: 'USERNAME' }),
  // Counters: the shard is in the partition key, so a busy unit's writes spread over partitions (store/counters.ts).
  counterShard: (orgId: string, shard: number) => `COUNT#${orgId}#${shard}`,
  counter: (orgId: string, shard: number, scope: string, metric: string) => ({ PK: `COUNT#${orgId}#${shard}`, SK: `${scope}#${metric}` }),
  countersOfScope: (scope: string) => `${scope}#`,
  counterPartitions: () => 'COUNT#',
  throttle: (subject: string) => `THROTTLE#${subject}`,
  throttleWindow: (subject: string, index: number) => ({ PK: `THROTTLE#${subject}`, SK: `W#${index}` }),
  throttlePair: (username: string, address: string) => ({ PK: `THROTTLE#user:${username}`, SK: `ADDR#${address}` }),
  seedMarker: (name: string) => ({ PK: 'SEED', SK: name }),
  // What the seed last wrote of a built-in module or question (seed/content.ts), so a later release knows whether an editor changed it.
  seedContent: (id: string) => ({ PK: 'SEED', SK: `content#${id}` }),
  seedContents: () => 'content#',
  moduleDraft: (moduleId: string) => ({ PK: `MODULE#${moduleId}`, SK: 'DRAFT' }),
  moduleVersion: (moduleId: string, version: number) => ({ PK: `MODULE#${moduleId}`, SK: `V#${String(version).padStart(5, '0')}` }),
  moduleList: () => 'MODULES',
  catalogEntry: (band: string, moduleId: string) => ({ PK: `CATALOG#${band}`, SK: moduleId }),
  progress: (studentId: string, moduleId: string) => ({ PK: `USER#${studentId}`, SK: `PROGRESS#${moduleId}` }),
  progressOfStudent: () => 'PROGRESS#',
  fact: (studentId: string, scope: string, metric: string) => ({ PK: `USER#${studentId}`, SK: `FACT#${scope}#${metric}` }),
  factsOfStudent: () => 'FACT#',
  // A deleted student's facts, kept for the counters under an id that leads back to no one (store/student-deletion.ts).
  anonymousFact: (anonId: string, name: string) => ({ PK: `ANON#${anonId}`, SK: `FACT#${name}` }),
  // One partition per school: every submission checks its school's fact, which would make one scope-wide partition hot.
  schoolFact: (scope: string, metric: string, schoolId: string) => ({ PK: `SCHOOLFACT#${scope}#${metric}#${schoolId}`, SK: 'META' }),
  snapshot: (scope: string, unitId: string, date: string) => ({ PK: `SNAP#${scope}#${unitId}`, SK: date }),
  assignment: (classId: string, assignmentId: string) => ({ PK: `ORG#${classId}`, SK: `ASSIGN#${assignmentId}` }),
  assignments: () => 'ASSIGN#',
  // Family links (store/family-links.ts): the token's item for the public page, the class's item with the count of opens.
  familyLink: (token: string) => ({ PK: `FAMLINK#${token}`, SK: 'META' }),
  familyLinkOfClass: (classId: string, moduleId: string) => ({ PK: `ORG#${classId}`, SK: `FAMLINK#${moduleId}` }),
  familyLinksOfClass: () => 'FAMLINK#',
  familyOpen: (token: string, device: string) => ({ PK: `FAMLINK#${token}`, SK: `OPEN#${device}` }),
  campaign: (campaignId: string) => ({ PK: `CAMPAIGN#${campaignId}`, SK: 'META' }),
  campaignsOfUnit: (unitId: string) => `CAMPAIGNS#${unitId}`,
  // Order within a unit's list of campaigns, quizzes, contests or within all questions (GSI1SK): by date, then id.
  listedAt: (at: string, id: string) => `${at}#${id}`,
  question: (id: string) => ({ PK: `QUESTION#${id}`, SK: 'META' }),
  questionList: () => 'QUESTIONS',
  questionPool: (band: string, topic: string) => `QBANK#${band}#${topic}`,
  quiz: (id: string) => ({ PK: `QUIZ#${id}`, SK: 'META' }),
  quizzesOfUnit: (unitId: string) => `QUIZZES#${unitId}`,
  quizState: (studentId: string, quizId: string) => ({ PK: `USER#${studentId}`, SK: `QUIZ#${quizId}` }),
  quizStatesOfStudent: () => 'QUIZ#',
  attempt: (id: string) => ({ PK: `ATTEMPT#${id}`, SK: 'META' }),
  // The frozen questions (with their keys) apart from the small header above: answer saves read and condition on the header only.
  attemptQuestions: (id: string) => ({ PK: `ATTEMPT#${id}`, SK: 'QUESTIONS' }),
  attemptFact: (attemptId: string) => ({ PK: `ATTEMPT#${attemptId}`, SK: 'FACT' }),
  attemptsOfClass: (quizId: string, classId: string) => `QUIZCLASS#${quizId}#${classId}`,
  attemptInClass: (studentId: string, number: number) => `${studentId}#${String(number).padStart(2, '0')}`,
  openAttempts: (shard: number) => `OPENATTEMPTS#${shard}`,
  // Zero-padded, so the string order of GSI2SK is the order of deadlines.
  openAttemptDeadline: (deadline: number) => String(deadline).padStart(15, '0'),
  certificate: (code: string) => ({ PK: `CERT#${code}`, SK: 'META' }),
  certificateOfStudent: (studentId: string, code: string) => ({ PK: `USER#${studentId}`, SK: `CERT#${code}` }),
  certificatesOfStudent: () => 'CERT#',
  contest: (id: string) => ({ PK: `CONTEST#${id}`, SK: 'META' }),
  contestsOfUnit: (unitId: string) => `CONTESTS#${unitId}`,
  entry: (contestId: string, entryId: string) => ({ PK: `CONTEST#${contestId}`, SK: `ENTRY#${entryId}` }),
  // Submitted entries whose similarity check has not finished (GSI2PK; GSI2SK is the entry id).
  entriesPendingCheck: (contestId: string) => `SIMPENDING#${contestId}`,
  stageMember: (contestId: string, level: string, unitId: string, code: string) => ({ PK: `CONTEST#${contestId}`, SK: `MEMBER#${level}#${unitId}#${code}` }),
  stageMembersOfUnit: (level: string, unitId: string) => `MEMBER#${level}#${unitId}#`,
  stageUnit: (contestId: string, level: string, unitId: string) => ({ PK: `CONTEST#${contestId}`, SK: `STAGEUNIT#${level}#${unitId}` }),
  judging: (contestId: string, level: string, unitId: string, entryId: string, judgeId: string) => ({
    PK: `CONTEST#${contestId}`,
    SK: `JUDGE#${level}#${unitId}#${entryId}#${judgeId}`,
  }),
  judgingOfStageUnit: (level: string, unitId: string) => `JUDGE#${level}#${unitId}#`,
  judgingOfEntry: (level: string, unitId: string, entryId: string) => `JUDGE#${level}#${unitId}#${entryId}#`,
  judgeTasks: (judgeId: string) => `JUDGETASKS#${judgeId}`,
  // A judge's task in their list (GSI1SK): by contest, stage, then entry code; `judgeTasksOfContest` is one contest's prefix.
  judgeTaskOrder: (contestId: string, level: string, code: string) => `${contestId}#${level}#${code}`,
  judgeTasksOfContest: (contestId: string) => `${contestId}#`,
  // Audit log (store/audit.ts): a school's entries newest first by time; counts per unit, sharded in the partition key.
  auditLog: (schoolId: string) => `AUDIT#${schoolId}`,
  auditEntry: (schoolId: string, at: string, id: string) => ({ PK: `AUDIT#${schoolId}`, SK: `${at}#${id}` }),
  auditCounts: (unitId: string, shard: number) => `AUDITCOUNT#${unitId}#${shard}`,
  auditCount: (unitId: string, shard: number, month: string, action: string, childId: string) => ({
    PK: `AUDITCOUNT#${unitId}#${shard}`,
    SK: `${month}#${action}#${childId}`,
  }),
  // Sort-key bounds of the counts of months `from` to `to` (YYYY-MM), both included.
  auditCountMonths: (from: string, to: string) => ({ from: `${from}#`, to: `${to}#\uffff` }),
  // Similarity check (store/similarity.ts). A namespace is a contest id, or 'known' for the known texts.
  similarityText: (namespace: string, textId: string) => ({ PK: `SIMTEXT#${namespace}#${textId}`, SK: 'META' }),
  similarityBand: (namespace: string, bandKey: string, textId: string) => ({ PK: `SIMBAND#${namespace}#${bandKey}`, SK: textId }),
  similarityBucket: (namespace: string, bandKey: string) => `SIMBAND#${namespace}#${bandKey}`,
  similarityFlags: (contestId: string) => `SIMFLAG#${contestId}`,
  similarityPair: (contestId: string, flagId: string) => ({ PK: `SIMFLAG#${contestId}`, SK: `PAIR#${flagId}` }),
  similarityPairs: () => 'PAIR#',
  similarityFlagOfText: (contestId: string, textId: string, flagId: string) => ({ PK: `SIMFLAG#${contestId}`, SK: `TEXT#${textId}#${flagId}` }),
  similarityFlagsOfText: (textId: string) => `TEXT#${textId}#`,
  // Top-level units (no parent) on GSI1, so jobs can walk every hierarchy without knowing its code.
  rootUnits: () => 'ROOTS',
  // Recount runs (store/recount-runs.ts): every item under RECOUNT#, so the job's writes can be limited to that prefix.
  recountRun: (runId: string) => ({ PK: `RECOUNT#${runId}`, SK: 'RUN' }),
  recountStep: (runId: string, segment: number, step: number) => ({ PK: `RECOUNT#${runId}`, SK: `STEP#${segment}#${step}` }),
  recountSteps: () => 'STEP#',
  recountMerged: (runId: string, bucket: number) => ({ PK: `RECOUNT#${runId}`, SK: `MERGED#${bucket}` }),
  recountMergedBuckets: () => 'MERGED#',
  // Partial aggregates, one partition per bucket: the segments' writes spread, and a bucket's merge is one Query.
  recountParts: (runId: string, bucket: number) => `RECOUNT#${runId}#${bucket}`,
  recountPart: (runId: string, bucket: number, segment: number, step: number, writer: string, chunk: number) => ({
    PK: `RECOUNT#${runId}#${bucket}`,
    SK: `${segment}#${step}#${writer}#${chunk}`,
  }),
  recountReports: () => 'RECOUNT#REPORTS',
  recountReport: (finishedAt: string, runId: string) => ({ PK: 'RECOUNT#REPORTS', SK: `${finishedAt}#${runId}` }),
  // A job's lease (store/leases.ts): at most one holder at a time, until it expires.
  jobLease: (job: string) => ({ PK: `LEASE#${job}`, SK: 'META' }),
};

/** What a counter item counts, read from its key (which every writer sets), not from its attributes. */
export function parseCounterKey(pk: string, sk: string): { orgId: string; shard: number; scope: string; metric: string } | null {
  const partition = /^COUNT#([^#]+)#(\d+)$/.exec(pk);
  const sort = /^([^#]+)#([^#]+)$/.exec(sk);
  if (!partition || !sort) return null;
  return { orgId: partition[1]!, shard: Number(partition[2]), scope: sort[1]!, metric: sort[2]! };
}

/** The student and module of a progress item, read from its keys. */
export function parseProgressKey(pk: string, sk: string): { studentId: string; moduleId: string } | null {
  const partition = /^USER#(.+)$/.exec(pk);
  const sort = /^PROGRESS#(.+)$/.exec(sk);
  return partition && sort ? { studentId: partition[1]!, moduleId: sort[1]! } : null;
}

/** The attempt of an attempt item's partition key (the open-attempts index projects keys only). */
export function parseAttemptKey(pk: string): string | null {
  return /^ATTEMPT#(.+)$/.exec(pk)?.[1] ?? null;
}

/** The public certificate's code of a student's held certificate, read from its sort key. */
export function parseCertificateOfStudentKey(sk: string): string | null {
  return /^CERT#(.+)$/.exec(sk)?.[1] ?? null;
}

/** Which segment, step and writer wrote a recount part, read from its sort key. */
export function parseRecountPartKey(sk: string): { segment: number; step: number; writer: string } | null {
  const match = /^(\d+)#(\d+)#([^#]+)#\d+$/.exec(sk);
  return match ? { segment: Number(match[1]), step: Number(match[2]), writer: match[3]! } : null;
}
