import type { GroupName } from '../groups.js';
import type { ApiGroup } from '../route-modules.js';
import { contests } from './contests.js';
import { coverage } from './coverage.js';
import { identity } from './identity.js';
import { learning } from './learning.js';
import { quizzes } from './quizzes.js';

/**
 * Every group, for the one local process and the OpenAPI document. A Lambda imports only its own
 * group's module, so its bundle carries only its own routes and schemas.
 */
export const API_GROUPS = { identity, learning, quizzes, contests, coverage } as const satisfies Record<GroupName, ApiGroup>;

export const ALL_API_GROUPS: readonly ApiGroup[] = Object.values(API_GROUPS);
