import type { ApiGroup } from '../app.js';
import { coverageRoutes } from '../routes/coverage.js';
import { requirementCoverageRoutes } from '../routes/requirements.js';

export const coverage: ApiGroup = { name: 'coverage', routes: [coverageRoutes, requirementCoverageRoutes] };
