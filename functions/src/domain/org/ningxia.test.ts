import { describe, expect, it } from 'vitest';
import { NINGXIA } from './ningxia.js';

describe('Ningxia hierarchy', () => {
  it('has 5 cities and 22 county-level units, each code under its city', () => {
    expect(NINGXIA.cities).toHaveLength(5);
    const counties = NINGXIA.cities.flatMap((city) => city.counties.map((county) => ({ city, county })));
    expect(counties).toHaveLength(22);
    for (const { city, county } of counties) expect(county.code.slice(0, 4)).toBe(city.code.slice(0, 4));
    expect(new Set(counties.map(({ county }) => county.code)).size).toBe(22);
  });
});
