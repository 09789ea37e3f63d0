import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRY_LEASE_MS, expireAttempts, expireAttemptsOnce } from '../../functions/src/handlers/expire-attempts.js';
import { snapshotCoverage } from '../../functions/src/handlers/snapshot-coverage.js';
import { hierarchyUnits, ningxiaUnits, putUnits, RegionHierarchy } from '../../functions/src/seed/hierarchy.js';
import { acquireLease } from '../../functions/src/store/leases.js';
import { listRootUnits } from '../../functions/src/store/org.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the expiry job under its lease', () => {
  it('never runs twice at once: a run that overlaps a working one exits without working', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let working = 0;
    const first = expireAttemptsOnce(server.deps, 'first', async (deps) => {
      working++;
      await gate;
      return expireAttempts(deps);
    });
    // The first holds the lease once its work has begun.
    while (!working) await new Promise((resolve) => setTimeout(resolve, 5));
    const overlapping = await Promise.all([expireAttemptsOnce(server.deps, 'second'), expireAttemptsOnce(server.deps, 'third')]);
    expect(overlapping).toEqual([{ skipped: 'lease held' }, { skipped: 'lease held' }]);
    release();
    expect(await first).toEqual({ finalised: 0 });
    // Released at the end of the run: the next schedule works.
    expect(await expireAttemptsOnce(server.deps, 'next')).toEqual({ finalised: 0 });
  });

  it('takes over the lease of a holder that crashed once it has run out', async () => {
    const now = server.deps.now();
    expect(await acquireLease(server.db, 'expire-attempts', 'crashed', now - EXPIRY_LEASE_MS + 60_000, EXPIRY_LEASE_MS)).toBe(true);
    expect(await expireAttemptsOnce(server.deps, 'too-early')).toEqual({ skipped: 'lease held' });
    expect(await expireAttemptsOnce({ ...server.deps, now: () => now + 60_000 }, 'later')).toEqual({ finalised: 0 });
  });
});

describe('the snapshot job and hierarchies other than Ningxia', () => {
  const gansu = RegionHierarchy.parse({
    code: '620000',
    name: { zh: '甘肃省', en: 'Gansu' },
    cities: [{ code: '620100', name: { zh: '兰州市', en: 'Lanzhou' }, counties: [{ code: '620102', name: { zh: '城关区', en: 'Chengguan District' } }] }],
  });

  it('refuses a hierarchy whose codes do not nest, and accepts the built-in one', () => {
    const broken = { ...gansu, cities: [{ ...gansu.cities[0]!, counties: [{ code: '640102', name: { zh: '错', en: 'Wrong' } }] }] };
    expect(RegionHierarchy.safeParse(broken).success).toBe(false);
    expect(ningxiaUnits()).toHaveLength(1 + 5 + 22);
  });

  it('finds every top-level region, so a second province is snapshotted without naming it', async () => {
    await putUnits(server.db, hierarchyUnits(gansu));
    expect((await listRootUnits(server.db)).map((unit) => unit.id).sort()).toEqual(['620000', '640000']);
    expect(await snapshotCoverage(server.deps)).toBeGreaterThanOrEqual(0);
  });
});
