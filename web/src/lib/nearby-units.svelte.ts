import { api } from './api';
import { name } from './i18n/index.svelte';
import { session } from './session.svelte';
import type { UnitView } from './types';

/**
 * A bureau's own unit with the units above and below it: what the campaign and competition lists
 * name their issuers by. Names are a nicety: until they load, or if they cannot, a unit's id stands in.
 */
export class NearbyUnits {
  view = $state<UnitView | null>(null);
  private readonly names = $derived(
    Object.fromEntries((this.view ? [this.view.unit, ...this.view.ancestors, ...this.view.children] : []).map((u) => [u.id, u.name])),
  );

  load(unitId: string): void {
    api
      .get('/api/units/{unitId}', { path: { unitId } })
      .then((reply) => (this.view = reply))
      .catch(() => {});
  }

  /** The bureau's own unit by name, its account's name until that is known. */
  get ownName(): string {
    return this.view ? name(this.view.unit.name) : (session.user?.displayName ?? '');
  }

  label(id: string): string {
    const unitName = this.names[id];
    return unitName ? name(unitName) : id;
  }
}
