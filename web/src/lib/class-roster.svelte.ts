import { api } from './api';
import type { RosterStudent, StudentsResponse } from './types';

/**
 * A class's students, page by page, as teachers and school admins list them: by student number, then
 * by name. Errors of `load` and `more` are the caller's to show.
 */
export class ClassRoster {
  students = $state<RosterStudent[]>([]);
  cursor = $state<string | null>(null);
  consentRequired = $state(false);
  loadingMore = $state(false);
  readonly sorted = $derived(
    [...this.students].sort((a, b) => (a.studentNumber ?? '').localeCompare(b.studentNumber ?? '') || a.displayName.localeCompare(b.displayName, 'zh-CN')),
  );

  private constructor(readonly classId: string) {}

  static async load(classId: string): Promise<ClassRoster> {
    const roster = new ClassRoster(classId);
    roster.take(await api.get('/api/classes/{classId}/students', { path: { classId } }));
    return roster;
  }

  async more(): Promise<void> {
    if (!this.cursor) return;
    this.loadingMore = true;
    try {
      this.take(await api.get('/api/classes/{classId}/students', { path: { classId: this.classId }, query: { cursor: this.cursor } }));
    } finally {
      this.loadingMore = false;
    }
  }

  replace(student: RosterStudent): void {
    this.students = this.students.map((s) => (s.id === student.id ? student : s));
  }

  remove(studentId: string): void {
    this.students = this.students.filter((s) => s.id !== studentId);
  }

  private take(page: StudentsResponse): void {
    this.students = [...this.students, ...page.students];
    this.cursor = page.cursor;
    this.consentRequired = page.consentRequired;
  }
}
