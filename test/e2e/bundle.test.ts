import { describe, expect, it } from 'vitest';
import { bundleReport, sum } from '../../scripts/bundle-report.js';
import { ensureWebBuild, WEB_DIST } from '../../scripts/build-web.js';

describe('the web client bundle', () => {
  it('keeps the shell within 150 KiB and the overview first screen within 300 KiB, gzip-compressed', async () => {
    await ensureWebBuild({ quiet: true });
    const report = bundleReport(WEB_DIST);
    expect(report.shell.some((f) => f.file.startsWith('react-'))).toBe(true);
    expect(report.firstScreen.some((f) => f.file.startsWith('DashboardPage-'))).toBe(true);
    expect(report.firstScreen.some((f) => f.file.startsWith('drawings-'))).toBe(true);
    expect(sum(report.shell)).toBeLessThanOrEqual(150 * 1024);
    expect(sum(report.firstScreen)).toBeLessThanOrEqual(300 * 1024);
    // recharts is not in the shell: the shell does not wait for it.
    expect(report.shell.some((f) => f.file.startsWith('drawings-'))).toBe(false);
  });
});
