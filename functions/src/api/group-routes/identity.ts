import type { ApiGroup } from '../app.js';
import { accountAccessRoutes } from '../routes/account-access.js';
import { signInHoldRoutes } from '../routes/sign-in-holds.js';
import { accountRoutes } from '../routes/accounts.js';
import { auditRoutes } from '../routes/audit.js';
import { consentRoutes } from '../routes/consent.js';
import { dataRightsRoutes } from '../routes/data-rights.js';
import { orgRoutes } from '../routes/org.js';
import { rosterRoutes } from '../routes/roster.js';
import { transferRoutes } from '../routes/transfers.js';
import { promotionRoutes } from '../routes/promotion.js';

export const identity: ApiGroup = {
  name: 'identity',
  routes: [
    accountRoutes,
    accountAccessRoutes,
    signInHoldRoutes,
    orgRoutes,
    rosterRoutes,
    transferRoutes,
    promotionRoutes,
    auditRoutes,
    consentRoutes,
    dataRightsRoutes,
  ],
};
