/** Key builders: every item's keys are made here, so docs/DATA_MODEL.md has one place to match. */
export const keys = {
  unit: (id: string) => ({ PK: `ORG#${id}`, SK: 'META' }),
  unitChildren: (parentId: string) => `CHILDREN#${parentId}`,
  account: (id: string) => ({ PK: `USER#${id}`, SK: 'META' }),
  username: (username: string) => ({ PK: `USERNAME#${username}`, SK: 'META' }),
  members: (orgId: string) => `MEMBERS#${orgId}`,
  teaching: (classId: string, teacherId: string) => ({ PK: `ORG#${classId}`, SK: `TEACHER#${teacherId}` }),
  teaches: (teacherId: string) => `TEACHES#${teacherId}`,
  studentNumber: (classId: string, number: string) => ({ PK: `ORG#${classId}`, SK: `STUNO#${number}` }),
  rosterImport: (classId: string, importId: string) => ({ PK: `ORG#${classId}`, SK: `IMPORT#${importId}` }),
  importChunk: (importId: string, chunk: number) => ({ PK: `IMPORT#${importId}`, SK: `CHUNK#${chunk}` }),
  usernameSequence: (countyId: string) => ({ PK: `SEQ#${countyId}`, SK: 'USERNAME' }),
  counter: (orgId: string) => `COUNT#${orgId}`,
  throttle: (subject: string) => ({ PK: `THROTTLE#${subject}`, SK: 'META' }),
  idempotency: (userId: string, key: string) => ({ PK: `IDEMP#${userId}#${key}`, SK: 'META' }),
  seedMarker: (name: string) => ({ PK: 'SEED', SK: name }),
};
