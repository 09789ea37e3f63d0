import { buildLambdaBundle } from '../../infra/lib/lambda-esbuild.js';
import { handlerEntry } from '../../infra/lib/paths.js';
const g = process.argv[2]!;
const meta = await buildLambdaBundle(g === 'base' ? 'tests/bench/lambda-init-baseline.ts' : handlerEntry(g as any), '/tmp/p4/m/index.mjs', { sourceMaps: false });
const out = Object.values(meta.outputs)[0]!;
const filt = process.argv[3] ?? '';
const rows = Object.entries(out.inputs).filter(([p]) => p.includes(filt)).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0, 40);
console.log('total', out.bytes); rows.forEach(([p,v]) => console.log(String(Math.round(v.bytesInOutput/1024)).padStart(5), p));
