// The docs must not drift from the code. This test:
// - typechecks and runs every `ts` block of docs/sdk.md and docs/data-formats.md that follows a
//   `<!-- run -->` line, or `<!-- run after build -->` for one that reads build output (each block
//   asserts its own output with node:assert, so a wrong doc fails);
// - keeps docs/elements.md equal to what the custom-elements manifest gives (after `npm run build`);
// - checks that the docs' HTML and CSS name only elements, attributes, parts and custom properties that
//   exist, and that their relative links lead to files and headings.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
// Examples read files by repo-relative paths, as a reader trying them from a checkout would.
process.chdir(root);

const RUNNABLE_DOCS = ['docs/sdk.md', 'docs/data-formats.md'];
const RUN_MARKER = '<!-- run -->';
const RUN_AFTER_BUILD_MARKER = '<!-- run after build -->';
// Build output the after-build examples read (`npm test` builds before it runs this test).
const BUILT = existsSync('packages/sdk/schema/omf-dataset.schema.json');
// Inside node_modules so `@omf/sdk` resolves as it would in a user's project; `.mts` makes each example an ES module.
const EXAMPLE_DIR = join(root, `node_modules/.cache/omf-docs-examples-${process.pid}`);
const MANIFEST = 'packages/elements/custom-elements.json';

interface CodeBlock {
  doc: string;
  /** Line of the opening fence: line N of the code is line `fence + N` of the doc. */
  fence: number;
  language: string;
  code: string;
  /** The line before the fence (blank lines skipped). */
  before: string;
}

/** The fenced code blocks of a Markdown file. */
function codeBlocks(doc: string): CodeBlock[] {
  const lines = readFileSync(doc, 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\S*)\s*$/.exec(lines[index] ?? '');
    if (!open) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith('```'));
    assert.ok(end > index, `${doc}:${index + 1}: code block is not closed`);
    const before = lines.slice(0, index).reverse().find((line) => line.trim() !== '') ?? '';
    blocks.push({ doc, fence: index + 1, language: open[1] ?? '', code: lines.slice(index + 1, end).join('\n') + '\n', before: before.trim() });
    index = end;
  }
  return blocks;
}

const docs = readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
const examples = RUNNABLE_DOCS.flatMap(codeBlocks).filter((block) => block.language === 'ts');
const fileOf = (example: CodeBlock) => join(EXAMPLE_DIR, `${basename(example.doc, '.md')}-${example.fence}.mts`);
const where = (example: CodeBlock, line = 0) => `${example.doc}:${example.fence + line}`;

mkdirSync(EXAMPLE_DIR, { recursive: true });
for (const example of examples) writeFileSync(fileOf(example), example.code);
after(() => rmSync(EXAMPLE_DIR, { recursive: true, force: true }));

test('every ts block in the SDK and data-format guides is marked runnable and asserts its output', () => {
  for (const doc of RUNNABLE_DOCS) assert.ok(examples.some((example) => example.doc === doc), `${doc} has no ts examples`);
  for (const example of examples) {
    assert.ok(
      example.before === RUN_MARKER || example.before === RUN_AFTER_BUILD_MARKER,
      `${where(example)}: put ${RUN_MARKER} before the block (use js or another language for code that is not run)`,
    );
    assert.match(example.code, /\bassert\.\w+\(/, `${where(example)}: the example asserts nothing`);
  }
});

test('the examples typecheck', () => {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(examples.map(fileOf), { ...options, noEmit: true });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName.startsWith(EXAMPLE_DIR))
    .map((diagnostic) => {
      const example = examples.find((candidate) => fileOf(candidate) === diagnostic.file?.fileName);
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return `${example ? where(example, line + 1) : diagnostic.file?.fileName}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
  assert.deepEqual(problems, []);
});

for (const example of examples) {
  test(`the example at ${where(example)} runs`, async (context) => {
    if (example.before === RUN_AFTER_BUILD_MARKER && !BUILT) {
      context.skip('reads build output: run npm run build first');
      return;
    }
    try {
      await import(pathToFileURL(fileOf(example)).href);
    } catch (error) {
      if (error instanceof Error) error.message = `${where(example)} (line N of the example is doc line ${example.fence}+N): ${error.message}`;
      throw error;
    }
  });
}

test('docs/elements.md is what the custom-elements manifest gives', (context) => {
  if (!existsSync(MANIFEST)) {
    context.skip(`${MANIFEST} is written by npm run build`);
    return;
  }
  const check = spawnSync(process.execPath, ['scripts/build-element-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

/** What docs/elements.md lists for each element: its attributes and CSS parts. */
function referenceTables(): Map<string, { attributes: Set<string>; parts: Set<string> }> {
  const elements = new Map<string, { attributes: Set<string>; parts: Set<string> }>();
  let current: { attributes: Set<string>; parts: Set<string> } | undefined;
  let table: 'attributes' | 'parts' | undefined;
  for (const line of readFileSync('docs/elements.md', 'utf8').split('\n')) {
    const element = /^## (omf-[a-z0-9-]+)$/.exec(line);
    if (element?.[1]) elements.set(element[1], (current = { attributes: new Set(), parts: new Set() }));
    if (line.startsWith('### ')) table = line === '### Attributes' ? 'attributes' : line === '### CSS parts' ? 'parts' : undefined;
    const name = /^\| `([^`]+)` \|/.exec(line)?.[1];
    if (current && table && name) current[table].add(name);
  }
  return elements;
}

const GLOBAL_ATTRIBUTE = /^(id|class|hidden|lang|dir|title|slot|tabindex|aria-[a-z-]+|data-[a-z0-9-]+)$/;

test('HTML and CSS in the docs name only elements, attributes, parts and custom properties that exist', () => {
  const reference = referenceTables();
  const allParts = new Set([...reference.values()].flatMap((element) => [...element.parts]));
  const sources = readdirSync('packages/elements/src', { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => readFileSync(join('packages/elements/src', path), 'utf8'))
    .join('\n');
  const problems: string[] = [];
  for (const block of docs.flatMap(codeBlocks)) {
    const at = `${block.doc}:${block.fence}`;
    for (const [, tag = '', attributes = ''] of block.code.matchAll(/<(omf-[a-z0-9-]+)((?:\s+[^\s=>]+(?:="[^"]*"|='[^']*')?)*)\s*\/?>/g)) {
      const known = reference.get(tag);
      if (!known) {
        problems.push(`${at}: <${tag}> is not in docs/elements.md`);
        continue;
      }
      for (const [, name = ''] of attributes.matchAll(/\s([^\s=>"']+)(?:="[^"]*"|='[^']*')?/g)) {
        if (!known.attributes.has(name) && !GLOBAL_ATTRIBUTE.test(name)) problems.push(`${at}: <${tag}> has no attribute "${name}"`);
      }
    }
    for (const [, tag, part = ''] of block.code.matchAll(/(omf-[a-z0-9-]+)?::part\(([a-z0-9-]+)\)/g)) {
      const parts = tag ? reference.get(tag)?.parts : allParts;
      if (!parts?.has(part)) problems.push(`${at}: ${tag ? `<${tag}>` : 'no element'} has no part "${part}"`);
    }
    for (const [property = ''] of block.code.matchAll(/--omf-[a-z0-9-]+/g)) {
      if (!sources.includes(property)) problems.push(`${at}: ${property} is not used by any element`);
    }
  }
  assert.deepEqual(problems, []);
});

/** The anchors of a Markdown file's headings, made as GitHub makes them. */
function anchorsOf(doc: string): Set<string> {
  const text = readFileSync(doc, 'utf8').replace(/```[\s\S]*?```/g, '');
  const headings = [...text.matchAll(/^#{1,6} (.+)$/gm)].map(([, heading = '']) =>
    heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'),
  );
  return new Set(headings);
}

test('relative links in the docs lead to files and headings', () => {
  const problems = new Set<string>();
  for (const doc of docs) {
    const text = readFileSync(doc, 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const [path = '', anchor] = target.split('#');
      // docs/api/ is written by typedoc (npm run docs) and not committed.
      if (/^[a-z]+:/.test(path) || path.startsWith('api/')) continue;
      const file = path === '' ? doc : join(dirname(doc), path);
      if (!existsSync(file)) problems.add(`${doc}: link to ${target}: ${file} does not exist`);
      else if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor)) problems.add(`${doc}: link to ${target}: no such heading`);
    }
  }
  assert.deepEqual([...problems], []);
});
