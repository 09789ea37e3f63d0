import { routeModule, type ApiGroup } from '../route-modules.js';

export const contests: ApiGroup = {
  name: 'contests',
  modules: [
    routeModule('contests', async () => (await import('../routes/contests.js')).contestRoutes),
    routeModule('contest-entries', async () => (await import('../routes/contest-entries.js')).contestEntryRoutes),
    routeModule('contest-stages', async () => (await import('../routes/contest-stages.js')).contestStageRoutes),
    routeModule('contest-similarity', async () => (await import('../routes/contest-similarity.js')).contestSimilarityRoutes),
    routeModule('judging', async () => (await import('../routes/judging.js')).judgingRoutes),
  ],
};
