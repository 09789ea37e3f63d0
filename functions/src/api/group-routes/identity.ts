import { routeModule, type ApiGroup } from '../route-modules.js';

export const identity: ApiGroup = {
  name: 'identity',
  modules: [
    routeModule('accounts', async () => (await import('../routes/accounts.js')).accountRoutes),
    routeModule('account-access', async () => (await import('../routes/account-access.js')).accountAccessRoutes),
    routeModule('sign-in-holds', async () => (await import('../routes/sign-in-holds.js')).signInHoldRoutes),
    routeModule('org', async () => (await import('../routes/org.js')).orgRoutes),
    routeModule('roster', async () => (await import('../routes/roster.js')).rosterRoutes),
    routeModule('transfers', async () => (await import('../routes/transfers.js')).transferRoutes),
    routeModule('promotion', async () => (await import('../routes/promotion.js')).promotionRoutes),
    routeModule('audit', async () => (await import('../routes/audit.js')).auditRoutes),
    routeModule('consent', async () => (await import('../routes/consent.js')).consentRoutes),
    routeModule('data-rights', async () => (await import('../routes/data-rights.js')).dataRightsRoutes),
  ],
};
