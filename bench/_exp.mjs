import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
const { cdnRollupConfig } = await import('./sizes.ts');
const config = await cdnRollupConfig(process.cwd());
const b = await rollup({ ...config, input: 'packages/elements/src/define/omf-indicator.ts', onwarn() {} });
const { output } = await b.generate(config.output);
const e = output.find((o) => o.isEntry);
console.log(e.code.length, gzipSync(e.code,{level:9}).length);
const rows = [];
for (const [id, m] of Object.entries(e.modules)) { if (!m.code) continue; const min = (await transform(m.code, { minify: true })).code; rows.push([id.replace(/^.*(node_modules|packages)\//, ''), min.length, gzipSync(min, { level: 9 }).length]); }
rows.sort((a, b) => b[1] - a[1]); for (const r of rows.slice(0, 45)) console.log(r.join('\t'));
