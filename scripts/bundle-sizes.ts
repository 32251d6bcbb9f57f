// `npm run bundle:sizes`: the app shell's and the overview's first screen's JavaScript, gzip-compressed.
import { bundleReport, sum } from './bundle-report.js';
import { ensureWebBuild, WEB_DIST } from './build-web.js';

await ensureWebBuild({ quiet: true });
const report = bundleReport(WEB_DIST);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`App shell (${report.shell.length} files):`);
for (const f of report.shell) console.log(`  ${kb(f.bytes).padStart(10)}  ${f.file}`);
console.log(`  ${kb(sum(report.shell)).padStart(10)}  total (budget 150 KiB)\n`);
console.log(`Overview, first screen: ${kb(sum(report.firstScreen))} (budget 300 KiB)`);
