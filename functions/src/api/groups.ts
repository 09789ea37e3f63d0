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
      'ANY /api/roster-imports/{proxy+}',
    ],
  },
} as const;

export type GroupName = keyof typeof GROUPS;
export const ALL_GROUPS = Object.keys(GROUPS) as GroupName[];
