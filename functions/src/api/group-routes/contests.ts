import type { ApiGroup } from '../app.js';
import { contestEntryRoutes } from '../routes/contest-entries.js';
import { contestSimilarityRoutes } from '../routes/contest-similarity.js';
import { contestStageRoutes } from '../routes/contest-stages.js';
import { contestRoutes } from '../routes/contests.js';
import { judgingRoutes } from '../routes/judging.js';

export const contests: ApiGroup = {
  name: 'contests',
  routes: [contestRoutes, contestEntryRoutes, contestStageRoutes, contestSimilarityRoutes, judgingRoutes],
};
