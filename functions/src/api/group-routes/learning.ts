import { routeModule, type ApiGroup } from '../route-modules.js';

export const learning: ApiGroup = {
  name: 'learning',
  modules: [
    routeModule('modules', async () => (await import('../routes/modules.js')).moduleRoutes),
    routeModule('progress', async () => (await import('../routes/progress.js')).progressRoutes),
    routeModule('assignments', async () => (await import('../routes/assignments.js')).assignmentRoutes),
    routeModule('campaigns', async () => (await import('../routes/campaigns.js')).campaignRoutes),
    routeModule('family-links', async () => (await import('../routes/family-links.js')).familyLinkRoutes),
    routeModule('activities', async () => (await import('../routes/activities.js')).activityRoutes),
    routeModule('lessons', async () => (await import('../routes/lessons.js')).lessonRoutes),
    routeModule('requirements', async () => (await import('../routes/requirements.js')).requirementRoutes),
  ],
};
