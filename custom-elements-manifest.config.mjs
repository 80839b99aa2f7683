// Custom-elements manifest settings, read by `custom-elements-manifest analyze` in `npm run build`.
// - packagejson: false: the analyzer would otherwise write a "customElements" field into the root package.json.
// - The elements register with `OmfIndicator.define('omf-indicator')` in src/define/ (idempotent, see
//   shared/define.ts), which the analyzer does not recognise as `customElements.define`: this plugin
//   reads those calls, so each class gets its tag name and each define module its definition export,
//   and the JSX types and docs can find every element.
export default {
  litelement: true,
  packagejson: false,
  plugins: [omfDefineCalls()],
};

function omfDefineCalls() {
  /** Class name -> { tag, module } from `Class.define('omf-...')` calls. */
  const definitions = new Map();
  return {
    name: 'omf-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: target, name } = node.expression;
      const [tagArgument] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || !tagArgument || !ts.isStringLiteral(tagArgument)) return;
      if (!tagArgument.text.startsWith('omf-')) return;
      definitions.set(target.text, { tag: tagArgument.text, module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const declared = new Map();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const definition = definitions.get(declaration.name);
          if (declaration.kind !== 'class' || !definition) continue;
          declaration.customElement = true;
          declaration.tagName = definition.tag;
          declared.set(declaration.name, mod.path);
        }
      }
      for (const mod of customElementsManifest.modules ?? []) {
        // Drop the analyzer's guess from the generic `customElements.define(tag, constructor)` in shared/define.ts.
        mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
      }
      for (const [className, { tag, module }] of definitions) {
        const mod = customElementsManifest.modules.find((m) => m.path === module);
        const declarationModule = declared.get(className);
        if (!mod || !declarationModule) continue;
        mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: declarationModule } });
      }
    },
  };
}
