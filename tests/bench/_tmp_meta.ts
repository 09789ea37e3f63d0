import { buildLambdaBundle } from '../../infra/lib/lambda-esbuild.js';
import { handlerEntry } from '../../infra/lib/paths.js';
const meta = await buildLambdaBundle(handlerEntry(process.argv[2] as any), '/tmp/p4/m/index.mjs', { sourceMaps: false });
const out = Object.values(meta.outputs)[0]!;
const agg = new Map<string, number>();
for (const [p, v] of Object.entries(out.inputs)) { const parts = p.split('/'); const k = parts[0] === 'node_modules' ? (parts[1]!.startsWith('@') ? parts.slice(1,3).join('/') : parts[1]!) + (parts[1]==='zod' ? '/'+parts.slice(2,4).join('/') : '') : parts.slice(0,4).join('/'); agg.set(k, (agg.get(k) ?? 0) + v.bytesInOutput); }
console.log('total', out.bytes);
[...agg].sort((a,b)=>b[1]-a[1]).slice(0,40).forEach(([k,v])=>console.log(String(Math.round(v/1024)).padStart(5), k));
