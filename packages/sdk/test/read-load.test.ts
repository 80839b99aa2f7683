/** loadDataset: fetch, content type, credentials, HTTP and network failures, and the real global fetch. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OmfDataError, OmfLoadError, loadDataset, readDataset } from '@omf/sdk';
import type { FetchInitLike, FetchLike, FetchResponseLike } from '@omf/sdk';

// The global fetch must fit the SDK's minimal type (checked by the typecheck).
const globalFetch: FetchLike = fetch;

const CSV = 'indicator,area,period,value\nx,S12000033,2023,1\n';

function respond(body: string, status = 200, contentType = 'text/csv'): { fetch: FetchLike; calls: Array<{ url: string; init?: FetchInitLike }> } {
  const calls: Array<{ url: string; init?: FetchInitLike }> = [];
  const response: FetchResponseLike = {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 200 ? 'OK' : 'Bad Request',
    headers: { get: (name) => (name.toLowerCase() === 'content-type' ? contentType : null) },
    text: () => Promise.resolve(body),
  };
  return {
    calls,
    fetch: (url, init) => {
      calls.push(init === undefined ? { url } : { url, init });
      return Promise.resolve(response);
    },
  };
}

test('loads and reads, without credentials unless configured', async () => {
  const fake = respond(CSV);
  const controller = new AbortController();
  const dataset = await loadDataset('https://example.org/data', { fetch: fake.fetch, signal: controller.signal });
  assert.equal(dataset.value('x', 'S12000033', '2023')?.value, 1);
  assert.equal(fake.calls[0]?.url, 'https://example.org/data');
  assert.equal(fake.calls[0]?.init?.credentials, 'omit');
  assert.equal(fake.calls[0]?.init?.signal, controller.signal);
  await loadDataset('https://example.org/data', { fetch: fake.fetch, credentials: 'include' });
  assert.equal(fake.calls[1]?.init?.credentials, 'include');
});

test('the content type picks the format', async () => {
  const sparql = JSON.stringify({
    head: { vars: ['area', 'period', 'value'] },
    results: { bindings: [{ area: { type: 'literal', value: 'S12000033' }, period: { type: 'literal', value: '2023' }, value: { type: 'literal', value: '7' } }] },
  });
  const dataset = await loadDataset('https://example.org/sparql', { fetch: respond(sparql, 200, 'application/sparql-results+json; charset=utf-8').fetch });
  assert.equal(dataset.report.format, 'sparql-json');
});

test('an HTTP error is an OmfLoadError with the status and the server’s short explanation', async () => {
  await assert.rejects(
    loadDataset('https://statistics.gov.scot/sparql', { fetch: respond('Response too large', 400, 'text/plain').fetch }),
    (error: unknown) =>
      error instanceof OmfLoadError &&
      error.status === 400 &&
      error.url === 'https://statistics.gov.scot/sparql' &&
      error.message === 'https://statistics.gov.scot/sparql: HTTP 400 Bad Request: Response too large',
  );
});

test('a network failure or abort is an OmfLoadError without a status', async () => {
  const failing: FetchLike = () => Promise.reject(new TypeError('fetch failed'));
  await assert.rejects(
    loadDataset('https://example.org/x.csv', { fetch: failing }),
    (error: unknown) => error instanceof OmfLoadError && error.status === undefined && /request failed: fetch failed/.test(error.message) && error.cause instanceof TypeError,
  );
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(
    loadDataset('https://example.org/x.csv', { fetch: globalFetch, signal: controller.signal }),
    (error: unknown) => error instanceof OmfLoadError && /request aborted/.test(error.message),
  );
});

test('bad content is an OmfDataError located in the URL', async () => {
  const url = 'https://example.org/bad.csv';
  await assert.rejects(
    loadDataset(url, { fetch: respond('indicator,area,period,value\nx,Atlantis,2023,1\n').fetch }),
    (error: unknown) => error instanceof OmfDataError && error.issues[0]?.file === url && error.issues[0]?.line === 2,
  );
});

test('works with the real global fetch against a local server', async () => {
  const server = createServer((request, response) => {
    if (request.url === '/data.csv') {
      response.writeHead(200, { 'content-type': 'text/csv' }).end(CSV);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('No such file');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const dataset = await loadDataset(`http://127.0.0.1:${port}/data.csv`);
    assert.equal(dataset.report.observations, 1);
    await assert.rejects(loadDataset(`http://127.0.0.1:${port}/missing.csv`), (error: unknown) => error instanceof OmfLoadError && error.status === 404);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('reads every format as readDataset does, importing the reader the content needs', async () => {
  const fixtures: Array<[file: string, format: string]> = [
    ['canonical.json', 'omf-json'],
    ['tidy.csv', 'csv'],
    ['cube.csv', 'cube-csv'],
    ['json-stat-dataset.json', 'json-stat'],
    ['json-stat-collection.json', 'json-stat'],
    ['sparql.json', 'sparql-json'],
  ];
  for (const [file, format] of fixtures) {
    const text = readFileSync(new URL(`./fixtures/read/${file}`, import.meta.url), 'utf8');
    // No extension and no telling content type: the content alone decides.
    const loaded = await loadDataset('https://example.org/data', { fetch: respond(text, 200, 'application/octet-stream').fetch });
    const read = readDataset(text, { file: 'https://example.org/data' });
    assert.equal(loaded.report.format, format, file);
    assert.deepEqual(loaded.toDocument(), read.toDocument(), file);
    assert.deepEqual(loaded.report, read.report, file);
  }
});

test('plans are validated as readDataset validates them, their checks imported only for a document with plans', async () => {
  const text = readFileSync(new URL('./fixtures/read/canonical.json', import.meta.url), 'utf8');
  const document = JSON.parse(text) as { plans?: unknown; actionPlans?: unknown };
  assert.ok(document.plans !== undefined && document.actionPlans !== undefined, 'the fixture has plans and action plans');
  const url = 'https://example.org/plans.json';
  const loaded = await loadDataset(url, { fetch: respond(text, 200, 'application/json').fetch });
  assert.ok(loaded.plans.length > 0 && loaded.actionPlans.length > 0);
  assert.deepEqual(loaded.toDocument(), readDataset(text, { file: url }).toDocument());
  // A plan problem is found through the imported checks, as it is by readDataset.
  const broken = JSON.stringify({ ...document, plans: [{ id: 'no-title' }] });
  const planProblem = (error: unknown) => error instanceof OmfDataError && error.issues.some((issue) => issue.pointer?.startsWith('/plans/0') === true);
  await assert.rejects(loadDataset(url, { fetch: respond(broken, 200, 'application/json').fetch }), planProblem);
  assert.throws(() => readDataset(broken, { file: url }), planProblem);
});

test('JSON that no reader recognises fails as it does in readDataset', async () => {
  const text = JSON.stringify({ rows: [] });
  const url = 'https://example.org/data.json';
  const problem = (error: unknown) => error instanceof OmfDataError && error.issues[0]?.message.startsWith('unrecognised JSON') && error.issues[0]?.file === url;
  await assert.rejects(loadDataset(url, { fetch: respond(text, 200, 'application/json').fetch }), problem);
  assert.throws(() => readDataset(text, { file: url }), problem);
});
