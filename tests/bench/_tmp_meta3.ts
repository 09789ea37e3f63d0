import { buildLambdaBundle } from '../../infra/lib/lambda-esbuild.js';
import { handlerEntry } from '../../infra/lib/paths.js';
const agg = async (g: string) => { const meta = await buildLambdaBundle(g === 'base' ? 'tests/bench/lambda-init-baseline.ts' : handlerEntry(g as any), `/tmp/p4/m${g}/index.mjs`, { sourceMaps: false });
const out = Object.values(meta.outputs)[0]!; const m = new Map<string, number>();
for (const [p, v] of Object.entries(out.inputs)) { const parts = p.split('/'); const k = parts[0] === 'node_modules' ? (parts[1]!.startsWith('@') ? parts.slice(1,3).join('/') : parts[1]!) : parts.slice(0,3).join('/'); m.set(k, (m.get(k) ?? 0) + v.bytesInOutput); } return m; };
const b = await agg('base'); const i = await agg(process.argv[2]!);
const keys = new Set([...b.keys(), ...i.keys()]);
const rows = [...keys].map(k => [k, (i.get(k) ?? 0) - (b.get(k) ?? 0)] as const).filter(r => Math.abs(r[1]) > 500).sort((x,y)=>y[1]-x[1]);
rows.forEach(([k,v]) => console.log(String(Math.round(v/1024)).padStart(5), k));
