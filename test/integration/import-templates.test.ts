import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImport } from '../../server/src/modules/imports/import-check.js';
import { readImportFile } from '../../server/src/modules/imports/import-file.js';
import { apiKey, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

// GET /import/templates/:kind.(xlsx|csv)?lang=: officers only; headers in the asked language; dropdowns filled from
// the database (the parks and sectors as the services list them, currencies with exchange rates).
describe.each(DIALECTS)('import templates over HTTP (%s)', (dialect) => {
  let server: TestServer;
  let officer: string;
  beforeAll(async () => {
    server = await createTestServer(dialect);
    officer = (await signedIn(server, 'OFFICER')).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  const get = (path: string, token: string | null = officer) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('gives an officer the XLSX template in Chinese, its dropdowns listing the database’s parks and sectors', async () => {
    const res = await get('/import/templates/investments.xlsx?lang=zh');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain('filename="investments-import-template.xlsx"');
    const bytes = Buffer.from(await res.arrayBuffer());
    const file = await readImportFile(bytes, 'template.xlsx', 'investments');
    expect(file.lang).toBe('zh');
    expect(file.records.rows).toHaveLength(1);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const lists = book.worksheets.find((s) => s.state === 'hidden')!;
    const column = (name: string) =>
      (lists.getColumn((lists.getRow(1).values as unknown[]).indexOf(name)).values as unknown[]).filter((v) => typeof v === 'string').slice(1);
    const parks = await server.em().getConnection().execute<{ name_zh: string }[]>('select name_zh from park');
    expect(new Set(column('parks'))).toEqual(new Set(parks.map((p) => p.name_zh)));
    expect(column('sectors')).toContain('物流运输');
    expect(column('currencies')).toContain('USD');
    expect(column('countries')).toContain('哈萨克斯坦');
    expect(file.records.rows[0].values.park).toBe(column('parks')[0]);
  });

  it('gives the CSV template with a BOM, following the browser’s language without lang', async () => {
    const res = await fetch(`${server.url}/import/templates/deals.csv`, {
      headers: { authorization: `Bearer ${officer}`, 'accept-language': 'ru-RU,ru;q=0.9' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const file = await readImportFile(bytes, 'deals.csv', 'deals');
    expect(file.lang).toBe('ru');
    expect(file.records.headers.kind).toBe('Вид *');
  });

  it.each(['zh', 'en', 'ru'])(
    'checks the organizations template’s example row (%s) as valid: its kind, country and sector as the dropdowns write them',
    async (lang) => {
      const res = await get(`/import/templates/organizations.xlsx?lang=${lang}`);
      expect(res.status).toBe(200);
      const file = await readImportFile(Buffer.from(await res.arrayBuffer()), 'organizations.xlsx', 'organizations');
      const plan = await checkImport(server.em(), file);
      expect(plan.problems).toEqual([]);
      expect(plan.rows[0].action).toBe('create');
      expect(plan.rows[0].sectors?.length).toBeGreaterThan(0);
      expect(plan.rows[0].values).toMatchObject({ kind: expect.any(String) as string, country: expect.stringMatching(/^[A-Z]{2}$/) as string });
    },
  );

  it('refuses anonymous callers, API keys and unknown templates', async () => {
    expect((await get('/import/templates/investments.xlsx', null)).status).toBe(401);
    const admin = await signedIn(server, 'ADMIN');
    const key = await apiKey(server, admin.token, 'OFFICER');
    expect((await get('/import/templates/investments.xlsx', key)).status).toBe(403);
    const unknown = await get('/import/templates/parks.xlsx');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect((await get('/import/templates/investments.pdf')).status).toBe(404);
  });
});
