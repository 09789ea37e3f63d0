import type { ApiGroup } from '../app.js';
import { coverageRoutes } from '../routes/coverage.js';
import { requirementCoverageRoutes } from '../routes/requirement-coverage.js';

export const coverage: ApiGroup = { name: 'coverage', routes: [coverageRoutes, requirementCoverageRoutes] };
