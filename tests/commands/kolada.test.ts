import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runScript, type ScriptRun } from '../support/run-script.ts';

/*
 * The real command (scripts/kolada.ts) as a child process, against a local stand-in for Kolada
 * that serves recorded answers from tests/fixtures/kolada/responses, on copies of the fixture
 * indicators in a temporary content folder.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/kolada');

interface Route {
  status?: number;
  file?: string;
  type?: string;
}

/** Request path (with query) → recorded answer. Anything else gets Kolada's 404. */
const routes: Record<string, Route> = {
  '/v3/data/kpi/N15419/municipality/2518': { file: 'N15419-2518.json' },
  '/v3/data/kpi/N07403/municipality/2518': { file: 'N07403-2518-page1.json' },
  '/v3/data/kpi/N07403/municipality/2518?page=2&per_page=1': { file: 'N07403-2518-page2.json' },
  '/v3/data/kpi/U00001/municipality/2518': { file: 'U00001-2518.json' },
  '/v3/data/kpi/U90500/municipality/2518': { status: 500, file: 'not-json.html', type: 'text/html' },
  '/v3/data/kpi/U90000/municipality/2518': { file: 'empty.json' },
  '/v3/data/kpi/U90001/municipality/2518': { file: 'not-json.html', type: 'text/html' },
  '/v3/data/kpi/U90002/municipality/2518': { file: 'wrong-shape.json' },
  '/v3/data/kpi/U90003/municipality/2518': { file: 'other-municipality.json' },
};

let server: Server;
let api: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    const route = routes[path];
    if (!route?.file) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not found"}');
      return;
    }
    readFile(join(fixtures, 'responses', route.file), 'utf8').then((body) => {
      // Recorded next_url addresses point at this server, wherever it listens.
      response
        .writeHead(route.status ?? 200, { 'content-type': route.type ?? 'application/json; charset=utf-8' })
        .end(body.replaceAll('{{API}}', api));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

const temporary: string[] = [];
afterEach(async () => {
  requests.length = 0;
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A content folder with the fixture indicators (one with CRLF line endings) plus `extra`. */
async function contentFolder(...extra: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'malbild-kolada-'));
  temporary.push(dir);
  await cp(join(fixtures, 'content'), dir, { recursive: true });
  const crlf = join(dir, 'indicators/fossilfria-fordon.md');
  await writeFile(crlf, (await readFile(crlf, 'utf8')).replaceAll('\n', '\r\n'));
  for (const name of extra) await cp(join(fixtures, 'failing', `${name}.md`), join(dir, 'indicators', `${name}.md`));
  return dir;
}

/** Every file in the folder, byte for byte. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length), await readFile(path)] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The command, with the address of Kolada only where a test gives it. */
function kolada(args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return runScript('kolada', args, { KOLADA_API_URL: undefined, ...env });
}

function update(content: string, ...more: string[]): Promise<ScriptRun> {
  return kolada(['--municipality', '2518', '--api', api, '--content', content, ...more]);
}

async function fixture(name: string): Promise<string> {
  return readFile(join(fixtures, 'content/indicators', name), 'utf8');
}

function lines(output: string): string[] {
  return output.split('\n').filter((line) => line !== '');
}

describe('npm run kolada', () => {
  it('writes Kolada totals within the range, keeps other years, reports skipped years and sets the source', async () => {
    const content = await contentFolder();
    const before = await snapshot(content);

    const run = await update(content);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      'indicators/behoriga.md: 2022 85 → 85.5, 2025 (new) 81.2, source Exempelvärden → Kolada; skipped 2019, 2028 (outside 2021–2027)',
      'indicators/fossilfria-fordon.md: 2024 (new) 12.5, source Exempelvärden → Kolada',
      'indicators/gastnatter.md: 2022 (new) 29500, 2023 (new) 32000',
      'Updated 3 of 3 indicator files from Kolada (municipality 2518).',
    ]);

    // Only the values block and the source line differ; 2023 (Missing in Kolada) keeps 83, and
    // the women's and men's figures are not used.
    const behoriga = (await fixture('behoriga.md'))
      .replace('  2022: 85\n', '  2022: 85.5\n')
      .replace('  2024: 84\n', '  2024: 84\n  2025: 81.2\n')
      .replace('source: Exempelvärden\n', 'source: Kolada\n');
    expect(await readFile(join(content, 'indicators/behoriga.md'), 'utf8')).toBe(behoriga);

    // No values yet: the block goes before source:, in the file's own CRLF line endings.
    const fossilfria = (await fixture('fossilfria-fordon.md'))
      .replace('source: Exempelvärden\n', 'values:\n  2024: 12.5\nsource: Kolada\n')
      .replaceAll('\n', '\r\n');
    expect(await readFile(join(content, 'indicators/fossilfria-fordon.md'), 'utf8')).toBe(fossilfria);

    // `values: {}` becomes a block; the answer came in two pages, with the year as a string.
    const gastnatter = (await fixture('gastnatter.md')).replace('values: {}\n', 'values:\n  2022: 29500\n  2023: 32000\n');
    expect(await readFile(join(content, 'indicators/gastnatter.md'), 'utf8')).toBe(gastnatter);

    expect(await readFile(join(content, 'indicators/invanare.md'))).toEqual(before.get('/indicators/invanare.md'));
    expect(requests.sort()).toEqual([
      '/v3/data/kpi/N07403/municipality/2518',
      '/v3/data/kpi/N07403/municipality/2518?page=2&per_page=1',
      '/v3/data/kpi/N15419/municipality/2518',
      '/v3/data/kpi/U00001/municipality/2518',
    ]);
  });

  it('says "no change" on a second run and leaves every file byte-identical', async () => {
    const content = await contentFolder();
    expect((await update(content)).code).toBe(0);
    const after = await snapshot(content);

    const again = await update(content);

    expect(again.code).toBe(0);
    expect(lines(again.stdout)).toEqual([
      'indicators/behoriga.md: no change; skipped 2019, 2028 (outside 2021–2027)',
      'indicators/fossilfria-fordon.md: no change',
      'indicators/gastnatter.md: no change',
      'Updated 0 of 3 indicator files from Kolada (municipality 2518).',
    ]);
    expect(await snapshot(content)).toEqual(after);
  });

  it('reads and edits a file saved with a byte-order mark, and keeps the mark', async () => {
    const content = await contentFolder();
    const path = join(content, 'indicators/behoriga.md');
    await writeFile(path, `\uFEFF${await readFile(path, 'utf8')}`);

    const run = await update(content);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('indicators/behoriga.md: 2022 85 → 85.5, 2025 (new) 81.2, source Exempelvärden → Kolada;');
    const behoriga = (await fixture('behoriga.md'))
      .replace('  2022: 85\n', '  2022: 85.5\n')
      .replace('  2024: 84\n', '  2024: 84\n  2025: 81.2\n')
      .replace('source: Exempelvärden\n', 'source: Kolada\n');
    expect(await readFile(path, 'utf8')).toBe(`\uFEFF${behoriga}`);
  });

  it('prints the changes but writes nothing with --dry-run', async () => {
    const content = await contentFolder();
    const before = await snapshot(content);

    const run = await update(content, '--dry-run');

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('indicators/behoriga.md: 2022 85 → 85.5, 2025 (new) 81.2');
    expect(run.stdout).toContain('Dry run: 3 of 3 files would change; no file was written.');
    expect(await snapshot(content)).toEqual(before);
  });

  it('takes the API address from KOLADA_API_URL when --api is not given', async () => {
    const content = await contentFolder();

    const run = await kolada(['--municipality', '2518', '--content', content, '--dry-run'], { KOLADA_API_URL: api });

    expect(run.code).toBe(0);
    expect(requests).toContain('/v3/data/kpi/N15419/municipality/2518');
  });

  it.each([
    ['http-500', 'U90500', /Kolada answered HTTP 500 Internal Server Error for http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\/U90500\/municipality\/2518/],
    ['not-found', 'U90404', /Kolada does not know this KPI or municipality \(HTTP 404/],
    ['empty', 'U90000', /Kolada has no values for KPI U90000 in municipality 2518/],
    ['not-json', 'U90001', /Kolada's answer is not JSON \(it starts "<!DOCTYPE html>/],
    ['wrong-shape', 'U90002', /Kolada's answer, row 1 \(2024\): expected a "values" list/],
    ['other-municipality', 'U90003', /is for municipality "1860", expected 2518/],
    ['uneditable-values', 'N15419', /values: written in a form this command does not edit/],
  ])('stops on %s, naming the file and KPI, and changes no file at all', async (name, kpi, message) => {
    const content = await contentFolder(name);
    const before = await snapshot(content);

    const run = await update(content);

    expect(run.code).toBe(1);
    const [problem, ...rest] = lines(run.stderr);
    expect(problem).toContain(`indicators/${name}.md (kolada ${kpi}): `);
    expect(problem).toMatch(message);
    expect(rest).toEqual(['No file was changed.']);
    expect(run.stdout).toBe('');
    // Byte for byte, including the files whose KPIs Kolada answered well (and no stray files).
    expect(await snapshot(content)).toEqual(before);
  });

  it('stops on a network error and changes no file', async () => {
    const content = await contentFolder();
    const before = await snapshot(content);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const run = await kolada(['--municipality', '2518', '--api', `http://127.0.0.1:${port}/v3`, '--content', content]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^indicators\/\S+\.md \(kolada [NU]\d{5}\): could not reach Kolada at http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\//);
    expect(run.stderr).toMatch(/ECONNREFUSED/);
    expect(run.stderr).toContain('No file was changed.');
    expect(await snapshot(content)).toEqual(before);
  });

  it('requires a four-digit --municipality', async () => {
    const content = await contentFolder();
    const missing = await kolada(['--api', api, '--content', content]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--municipality is required');

    const wrong = await kolada(['--municipality', '25', '--api', api, '--content', content]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('--municipality: found "25"');
    expect(requests).toEqual([]);
  });
});
