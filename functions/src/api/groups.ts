/**
 * Function groups (DESIGN §3). Locally one process mounts them all; in AWS each is its own Lambda
 * behind the HTTP API, which routes these path patterns to it. Infra reads this list, so a route
 * added to a group is deployed with it.
 */
export const GROUPS = {
  identity: {
    description: 'Accounts, sign-in, the school hierarchy and rosters',
    routes: [
      'ANY /api/health',
      'GET /api/openapi.json',
      'ANY /api/auth/{proxy+}',
      'ANY /api/me',
      'ANY /api/me/{proxy+}',
      'ANY /api/units/{proxy+}',
      'ANY /api/schools/{proxy+}',
      'ANY /api/classes/{proxy+}',
      'ANY /api/accounts/{proxy+}',
    ],
  },
  learning: {
    description: 'Course modules, progress, class assignments, campaigns, schools’ off-line activities, lessons taught in class and bureaus’ requirements',
    // More specific than identity's greedy /api/classes/{proxy+}, /api/me/{proxy+}, /api/units/{proxy+}
    // and /api/schools/{proxy+}, so the HTTP API sends these here.
    routes: [
      'ANY /api/modules',
      'ANY /api/modules/{proxy+}',
      'GET /api/catalog',
      'GET /api/me/tasks',
      'ANY /api/me/progress/{moduleId}',
      'GET /api/me/modules/{moduleId}',
      'ANY /api/assignments',
      'GET /api/classes/{classId}/assignments',
      'GET /api/classes/{classId}/progress',
      'GET /api/classes/{classId}/progress.csv',
      'ANY /api/classes/{classId}/family-links',
      'ANY /api/family/{proxy+}',
      'ANY /api/campaigns',
      'ANY /api/campaigns/{proxy+}',
      'ANY /api/schools/{schoolId}/activities',
      'ANY /api/schools/{schoolId}/activities/{proxy+}',
      'ANY /api/classes/{classId}/lessons',
      'ANY /api/classes/{classId}/lessons/{proxy+}',
      'ANY /api/units/{unitId}/requirements',
      'ANY /api/units/{unitId}/requirements/{proxy+}',
    ],
  },
  quizzes: {
    description: 'Question bank, quizzes and competitions, attempts, boards and certificates',
    routes: [
      'ANY /api/questions',
      'ANY /api/questions/{proxy+}',
      'ANY /api/quizzes',
      'ANY /api/quizzes/{proxy+}',
      'ANY /api/attempts/{proxy+}',
      'GET /api/classes/{classId}/quizzes/{proxy+}',
      'GET /api/classes/{classId}/modules/{moduleId}/gain',
      'GET /api/units/{unitId}/modules/{moduleId}/gain',
      'GET /api/me/certificates',
      'GET /api/certificates/{code}',
    ],
  },
  contests: {
    description: 'Essay and lesson contests: entries, stages, blind judging, similarity flags and awards',
    routes: ['ANY /api/contests', 'ANY /api/contests/{proxy+}', 'ANY /api/judging', 'ANY /api/judging/{proxy+}', 'ANY /api/units/{unitId}/judges'],
  },
  coverage: {
    description: 'Coverage dashboards, laggard schools, daily history and CSV export (aggregates only)',
    routes: ['GET /api/coverage', 'GET /api/coverage.csv', 'GET /api/coverage/{proxy+}'],
  },
} as const;

export type GroupName = keyof typeof GROUPS;
export const ALL_GROUPS = Object.keys(GROUPS) as GroupName[];
