import { routeModule, type ApiGroup } from '../route-modules.js';

export const coverage: ApiGroup = {
  name: 'coverage',
  modules: [
    routeModule('coverage', async () => (await import('../routes/coverage.js')).coverageRoutes),
    routeModule('requirement-coverage', async () => (await import('../routes/requirement-coverage.js')).requirementCoverageRoutes),
  ],
};
