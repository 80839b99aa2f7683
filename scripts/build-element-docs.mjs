// Writes docs/elements.md, the element reference, from the custom-elements manifest that `npm run build`
// writes (packages/elements/custom-elements.json). `--check` writes nothing and exits 1 when the committed
// page differs from what the manifest gives, so a test can keep the page in step with the code.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const MANIFEST = 'packages/elements/custom-elements.json';
const OUTPUT = 'docs/elements.md';
const inRepo = (path) => fileURLToPath(new URL(path, root));
// Each element is registered by one define module, `src/define/<tag>.ts`, published as `@omf/elements/<tag>.js`.
const DEFINE_MODULE = /^packages\/elements\/src\/define\/(omf-[a-z0-9-]+)\.ts$/;

/** The elements in the manifest, by tag: the class declaration and the module that registers it. */
function elementsOf(manifest) {
  const classes = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class') classes.set(declaration.name, declaration);
    }
  }
  const elements = new Map();
  // Tags come from `customElements.define` calls the analyzer saw, then a class's own @tagname, then the
  // define module that exports the class (a define() helper hides the tag from the analyzer).
  for (const module of manifest.modules ?? []) {
    for (const entry of module.exports ?? []) {
      const declaration = entry.kind === 'custom-element-definition' && classes.get(entry.declaration?.name);
      if (declaration && !elements.has(entry.name)) elements.set(entry.name, { declaration, tag: entry.name });
    }
  }
  for (const declaration of classes.values()) {
    if (declaration.tagName && !elements.has(declaration.tagName)) elements.set(declaration.tagName, { declaration, tag: declaration.tagName });
  }
  for (const module of manifest.modules ?? []) {
    const tag = DEFINE_MODULE.exec(module.path)?.[1];
    const exported = tag && (module.exports ?? []).find((entry) => entry.kind === 'js' && classes.has(entry.declaration?.name ?? entry.name));
    if (!exported || elements.has(tag)) continue;
    elements.set(tag, { declaration: classes.get(exported.declaration?.name ?? exported.name), tag });
  }
  return [...elements.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public' && !/^[_#]/.test(member.name);

/** Text for one table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Free text as Markdown paragraphs: the source's line wrapping undone, blank lines kept. */
function paragraphs(text) {
  return text.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean).join('\n\n');
}

function code(text) {
  return text ? `\`${cell(text)}\`` : '';
}

function table(headings, rows) {
  if (rows.length === 0) return [];
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

function section(title, lines) {
  return lines.length === 0 ? [] : [`### ${title}`, '', ...lines];
}

function elementSection({ declaration, tag }) {
  const members = (declaration.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const byField = new Map(members.map((member) => [member.name, member]));
  // Attributes of non-public fields (Lit internal state) are not part of the element's API.
  const attributes = (declaration.attributes ?? []).filter((attribute) => !attribute.fieldName || byField.has(attribute.fieldName));
  const withAttribute = new Set(attributes.map((attribute) => attribute.fieldName));
  const properties = members.filter((member) => !withAttribute.has(member.name));
  const methods = (declaration.members ?? []).filter((member) => member.kind === 'method' && isPublic(member));

  return [
    `## ${tag}`,
    '',
    `\`<${tag}>\`${declaration.summary ? `: ${cell(declaration.summary)}` : ''}`,
    '',
    ...(declaration.description ? [paragraphs(declaration.description), ''] : []),
    `Register it alone with \`import '@omf/elements/${tag}.js'\`; \`cdn/omf.js\` registers every element.`,
    '',
    ...section('Attributes', table(['attribute', 'property', 'type', 'default', 'description'], attributes.map((attribute) => {
      const member = byField.get(attribute.fieldName);
      return [code(attribute.name), code(attribute.fieldName), code(attribute.type?.text ?? member?.type?.text), code(attribute.default ?? member?.default), cell(attribute.description ?? member?.description)];
    }))),
    ...section('Properties', table(['property', 'type', 'description'], properties.map((member) => [
      code(member.name) + (member.readonly ? ' (read-only)' : ''),
      code(member.type?.text),
      cell(member.description),
    ]))),
    ...section('Methods', table(['method', 'description'], methods.map((method) => [
      code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
      cell(method.description),
    ]))),
    ...section('Events', table(['event', 'description'], (declaration.events ?? []).map((event) => [code(event.name), cell(event.description)]))),
    ...section('Slots', table(['slot', 'description'], (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]))),
    ...section('CSS parts', table(['part', 'description'], (declaration.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]))),
    ...section('CSS custom properties', table(['property', 'description'], (declaration.cssProperties ?? []).map((property) => [
      code(property.name),
      cell(property.description),
    ]))),
  ];
}

/** The whole page, from a parsed manifest. */
function renderElementDocs(manifest) {
  const elements = elementsOf(manifest);
  const lines = [
    '<!-- Generated by scripts/build-element-docs.mjs from packages/elements/custom-elements.json: do not edit. Run `npm run docs`. -->',
    '',
    '# Element reference',
    '',
    'Every element in `@omf/elements`: its attributes, properties, events, slots, CSS parts and CSS custom',
    'properties, taken from the custom-elements manifest that ships with the package. How to put them on a page:',
    '[getting started](getting-started.md). How to style them: [theming](theming.md).',
    '',
    ...table(['element', 'what it is'], elements.map(({ declaration, tag }) => [`[\`<${tag}>\`](#${tag})`, cell(declaration.summary)])),
  ];
  for (const element of elements) lines.push(...elementSection(element));
  return lines.join('\n').replace(/\n+$/, '\n');
}

function main(args) {
  if (!existsSync(inRepo(MANIFEST))) {
    console.error(`${MANIFEST} not found: run \`npm run build\` first.`);
    return 1;
  }
  const page = renderElementDocs(JSON.parse(readFileSync(inRepo(MANIFEST), 'utf8')));
  if (args.includes('--check')) {
    const current = existsSync(inRepo(OUTPUT)) ? readFileSync(inRepo(OUTPUT), 'utf8') : '';
    if (current === page) return 0;
    console.error(`${OUTPUT} is out of date with ${MANIFEST}: run \`npm run docs\` (or node scripts/build-element-docs.mjs) and commit it.`);
    return 1;
  }
  writeFileSync(inRepo(OUTPUT), page);
  console.log(`Wrote ${OUTPUT}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
