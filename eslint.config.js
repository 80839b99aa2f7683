// Lint: typescript-eslint, eslint-plugin-lit, and a ban on every unsafe HTML sink and eval-class call
// (RELIABILITY.md promises 2 and 5): data must only ever reach the DOM as text.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

const unsafeSinks = [
  { selector: "ImportSpecifier[imported.name=/^(unsafeHTML|unsafeSVG|unsafeStatic|unsafeCSS|templateContent)$/]", message: 'Unsafe Lit directive: data must reach the DOM as text.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'innerHTML/outerHTML are banned: use Lit templates or textContent.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is banned.' },
  { selector: "CallExpression[callee.property.name='html']", message: "d3 selection.html() writes innerHTML: use .text()." },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned (CSP: no unsafe-eval).' },
  { selector: "CallExpression[callee.name='Function']", message: 'Function() is banned (CSP: no unsafe-eval).' },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is banned (CSP: no unsafe-eval).' },
  { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type='Literal']", message: 'String timers are eval.' },
  { selector: "ImportSpecifier[imported.name=/^(csvParse|tsvParse|dsvFormat)$/]", message: 'd3-dsv csvParse compiles code with new Function: use csvParseRows.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'packages/elements/cdn/**', 'docs/api/**', 'examples/**/build/**', 'examples/vendor/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      'no-restricted-syntax': ['error', ...unsafeSinks],
      'no-implied-eval': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    rules: { 'lit/no-template-bind': 'error', 'lit/attribute-value-entities': 'error' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
