import type { ApiGroup } from '../app.js';
import { activityRoutes } from '../routes/activities.js';
import { assignmentRoutes } from '../routes/assignments.js';
import { campaignRoutes } from '../routes/campaigns.js';
import { familyLinkRoutes } from '../routes/family-links.js';
import { lessonRoutes } from '../routes/lessons.js';
import { moduleRoutes } from '../routes/modules.js';
import { progressRoutes } from '../routes/progress.js';
import { requirementRoutes } from '../routes/requirements.js';

export const learning: ApiGroup = {
  name: 'learning',
  routes: [moduleRoutes, progressRoutes, assignmentRoutes, campaignRoutes, familyLinkRoutes, activityRoutes, lessonRoutes, requirementRoutes],
};
