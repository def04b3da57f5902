// Custom Elements Manifest (custom-elements.json): generated from the elements' classes and
// their JSDoc headers (@summary, @slot, @csspart, @cssprop, @fires). `npm run analyze`
// writes it; `node scripts/cem-fresh.mjs --check` (in npm test) fails when it is stale.
// Editors, Storybook's autodocs and framework wrappers read it.
import { posix } from 'node:path';

/**
 * Elements register through `defineElement('gov-x', Class)` (safe double define), which the
 * analyzer does not know: record each call as the `custom-element-definition` export that a
 * `customElements.define` call would give, so classes get their `tagName`.
 */
function defineElementCalls() {
  return {
    name: 'motcua-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: moduleOf(ts, node.getSourceFile(), klass.text, moduleDoc.path) },
        },
      ];
    },
  };
}

/** The module that declares `name` as seen from `sourceFile`: the import it came from, or itself. */
function moduleOf(ts, sourceFile, name, ownPath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return ownPath;
    return posix.join(posix.dirname(ownPath), specifier).replace(/\.js$/, '.ts');
  }
  return ownPath;
}

/**
 * Keeps the manifest to the public API and makes it deterministic: private and protected
 * members (Lit's internal state, the base class's helpers) are implementation, and module
 * order follows the file system unless sorted.
 */
function publicApiOnly() {
  const isPublic = (member) =>
    member.privacy !== 'private' && member.privacy !== 'protected' && !/^[#_]/.test(member.name ?? '');
  return {
    name: 'motcua-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (Array.isArray(declaration.members)) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: [
    // Styles, catalogues and the define helper declare no element and no public API.
    'src/elements/**/*.styles.ts',
    'src/elements/**/messages.ts',
    'src/elements/shared/define.ts',
    'src/elements/**/*.test.ts',
    'src/elements/**/*.stories.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json already carries `"customElements": "custom-elements.json"`; the analyzer
  // must not rewrite package.json on every run.
  packagejson: false,
  plugins: [defineElementCalls(), publicApiOnly()],
};
