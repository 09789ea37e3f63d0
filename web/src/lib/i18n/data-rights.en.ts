/** Exporting and deleting a student's data in English. Same keys as data-rights.zh.ts: the type makes a missing or extra key a compile error. */
import type { dataRightsZh } from './data-rights.zh';
import type { Message } from './translate';

export const dataRightsEn: Record<keyof typeof dataRightsZh, Message> = {
  'rights.classTitle': '{class}: students',
  'rights.intro': 'A student or their guardian may ask for all of the student’s data on the platform, or for its deletion. Both are recorded in the audit log.',
  'rights.back': 'Back to the school',
  'rights.openClass': 'Student data: {class}',
  'rights.empty': 'This class has no students yet.',
  'rights.export': 'Export data',
  'rights.exportHint': 'A ZIP file: data.json (everything) and sheets that open in Excel (progress, quiz answers, essays, certificates).',
  'rights.delete': 'Delete student',
  'rights.deleteFor': 'Delete the data of {name}',
  'rights.removed':
    'Removed: the account and username, name, student number, learning progress, quiz answers and scores, essays (drafts and submitted entries, with their judging), certificates, and this student’s line in roster imports and login slips. The student is signed out at once; the username can be used again.',
  'rights.kept':
    'Kept: counts without any personal data. Coverage figures such as started, completed and submitted still include this student’s past activity; enrolled drops by one.',
  'rights.irreversible': 'This cannot be undone. Export the data first if it may be needed.',
  'rights.reason': 'Reason',
  'rights.reason.graduated': 'Graduated',
  'rights.reason.left': 'Moved to another school or left',
  'rights.reason.guardian_request': 'The student or a guardian asked for deletion',
  'rights.confirm': 'Type the username {username} to confirm',
  'rights.confirmMismatch': 'That is not this student’s username.',
  'rights.deleteNow': 'Delete permanently',
  'rights.deleting': 'Deleting…',
  'rights.deleted': 'The data of {name} has been deleted.',
  'move.summary': 'Move to another class',
  'move.formFor': 'Move {name} to another class of the school',
  'move.intro':
    'The student keeps the account and everything done so far, and signs in again to see the new class’s tasks. A move to another school is a transfer.',
  'move.to': 'New class',
  'move.choose': 'Choose a class',
  'move.missing': 'Choose the class to move the student to.',
  'move.submit': 'Move',
  'move.done': '{name} is now in {class}. The student sees the new class after signing in again.',
};
