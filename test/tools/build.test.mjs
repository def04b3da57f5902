// The build and the package's public face agree: every element folder is an entry, every
// export in package.json is a file the build makes, element entries never pull in the mock
// back end, and the CDN bundle needs nothing else. Built in memory with the real config.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { editorFiles } from '../../scripts/editor-data.mjs';
import { ENGLISH_PACK_FILE, cdnBuild, cdnElementEntries, cdnElementsBuild, elementEntries, npmBuild } from '../../rollup.config.mjs';
import { KIT_OUTPUTS } from '../../scripts/build-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const silent = () => {};

/** Export keys that are not element entries. */
const NON_ELEMENT_EXPORTS = new Set(['.', './mocks', './adapters/dvcqg', './autoloader', './contract', './react', './vue', './cdn/*', './editor/*', './schemas/*', './themes/*', './custom-elements.json', './package.json']);
/** Files the adoption kit's own build step writes (scripts/build-cli.mjs), not rollup. */
const KIT_FILES = new Set(Object.values(KIT_OUTPUTS).map((file) => `./dist/${file}`));

describe('element entries', () => {
  it('are every folder of src/elements with an index.ts, except shared', () => {
    const folders = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .filter((entry) => existsSync(join(root, 'src/elements', entry.name, 'index.ts')))
      .map((entry) => entry.name)
      .sort();
    assert.deepEqual(Object.keys(elementEntries()), folders);
    assert.ok(!('shared' in elementEntries()));
  });

  it('each have a package export with types, and each element export has an entry', () => {
    const exported = Object.keys(pkg.exports)
      .filter((key) => !NON_ELEMENT_EXPORTS.has(key))
      .map((key) => key.slice(2))
      .sort();
    assert.deepEqual(exported, Object.keys(elementEntries()));
    for (const name of exported) {
      assert.deepEqual(pkg.exports[`./${name}`], {
        types: `./dist/types/elements/${name}/index.d.ts`,
        import: `./dist/${name}.js`,
        default: `./dist/${name}.js`,
      });
    }
  });
});

describe('the npm build', () => {
  /** @type {import('rollup').OutputChunk[]} */
  let chunks;

  before(async () => {
    const bundle = await rollup({ ...npmBuild, onwarn: silent });
    const { output } = await bundle.generate({ ...npmBuild.output, sourcemap: false });
    await bundle.close();
    chunks = output.filter((item) => item.type === 'chunk');
  });

  it('writes every file that package.json points to', () => {
    const files = new Set(chunks.map((chunk) => `./dist/${chunk.fileName}`));
    // dist/jsx/ (framework types) is written by scripts/editor-data.mjs; folders (`*`) by the
    // CDN build and the other generators, checked where they are made.
    const generated = new Set(Object.keys(editorFiles({ modules: [] })).map((path) => `./dist/${path}`));
    for (const [key, target] of Object.entries(pkg.exports)) {
      for (const path of typeof target === 'string' ? [target] : [target.import ?? target.default, target.types]) {
        if (!path.startsWith('./dist/') || path.startsWith('./dist/types/') || path.includes('*') || KIT_FILES.has(path)) continue;
        if (path.startsWith('./dist/jsx/')) assert.ok(generated.has(path), `${key} → ${path} is not written by scripts/editor-data.mjs`);
        else assert.ok(files.has(path), `${key} → ${path} is not produced by rollup.config.mjs`);
      }
    }
    assert.ok(files.has(pkg.main), pkg.main);
    // Types come from tsc: their source modules must exist where the paths say.
    for (const target of Object.values(pkg.exports)) {
      if (typeof target === 'string' || !target.types.startsWith('./dist/types/')) continue;
      const source = target.types.replace('./dist/types/', 'src/').replace(/\.d\.ts$/, '.ts');
      assert.ok(existsSync(join(root, source)), `${target.types} would have no source (${source})`);
    }
  });

  it('leaves lit, @lit/context, zod and uqr (the receipt\'s QR code) to the consumer and puts shared code in chunks/', () => {
    const bare = new Set(chunks.flatMap((chunk) => chunk.imports.filter((id) => !id.startsWith('chunks/') && !id.endsWith('.js'))));
    for (const id of bare) assert.match(id, /^(lit|@lit\/context|zod|msw|uqr)(\/|$)/, `unexpected external ${id}`);
    assert.ok([...bare].some((id) => id.startsWith('lit')), 'lit was bundled instead of left external');
    for (const chunk of chunks.filter((candidate) => !candidate.isEntry)) assert.match(chunk.fileName, /^chunks\//);
    for (const chunk of chunks) {
      for (const id of Object.keys(chunk.modules)) assert.ok(!id.includes('node_modules'), `${chunk.fileName} bundles ${id}`);
    }
  });

  it('declares as side effects every file that registers an element, and no other (toolchain trap 5)', () => {
    const declared = new Set(pkg.sideEffects);
    const defines = (chunk) => /\bdefineElement\(\s*["']gov-/.test(chunk.code);
    for (const chunk of chunks) {
      const path = `./dist/${chunk.fileName}`;
      if (defines(chunk)) assert.ok(declared.has(path), `${path} registers an element but is not in sideEffects`);
      else if (chunk.fileName !== 'index.js' && chunk.fileName !== 'autoloader.js') assert.ok(!declared.has(path), `${path} is declared but registers nothing`);
    }
    assert.ok(declared.has('./dist/autoloader.js'), 'the autoloader starts observing when imported');
    assert.ok(!declared.has('./dist/contract.js'), 'motcua/contract registers nothing');
    // Storybook and the tests build from src/: its modules that register elements, too.
    for (const name of Object.keys(elementEntries())) {
      const source = readFileSync(join(root, 'src/elements', name, 'index.ts'), 'utf8');
      assert.match(source, /defineElement\(/);
    }
    assert.ok(declared.has('./src/elements/*/index.ts'));
    for (const file of ['./src/index.ts', './src/cdn.ts', './src/autoloader.ts']) assert.ok(declared.has(file), file);
  });

  it('makes motcua/contract an entry that registers no element', () => {
    const contract = chunks.find((chunk) => chunk.fileName === 'contract.js');
    assert.ok(contract, 'dist/contract.js');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name) || !byName.has(name)) return;
      seen.add(name);
      byName.get(name).imports.forEach(visit);
    };
    visit('contract.js');
    for (const name of seen) assert.doesNotMatch(byName.get(name).code, /\bdefineElement\(\s*["']gov-|customElements\.define\(/, `motcua/contract loads ${name}, which registers an element`);
    assert.match(contract.code, /searchProcedures/);
    assert.match(contract.code, /FormDefinitionSchema/);
  });

  it('never puts the mock back end or msw into an element entry or the root entry', () => {
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const closure = (chunk, seen = new Set()) => {
      if (seen.has(chunk.fileName)) return seen;
      seen.add(chunk.fileName);
      for (const id of chunk.imports) if (byName.has(id)) closure(byName.get(id), seen);
      return seen;
    };
    for (const entry of chunks.filter((chunk) => chunk.isEntry && chunk.name !== 'mocks')) {
      for (const fileName of closure(entry)) {
        const chunk = byName.get(fileName);
        const mockModules = Object.keys(chunk.modules).filter((id) => relative(root, id).startsWith('src/mocks'));
        assert.deepEqual(mockModules, [], `${entry.fileName} loads mock code through ${fileName}`);
        assert.ok(!chunk.imports.some((id) => id.startsWith('msw')), `${entry.fileName} imports msw through ${fileName}`);
      }
    }
  });
});

describe('the CDN bundle', () => {
  /** @type {import('rollup').OutputChunk} */
  let chunk;
  /** @type {import('rollup').OutputChunk} */
  let englishPack;
  /** @type {import('rollup').OutputChunk[]} the parts fetched on demand, and what only they share */
  let parts;

  before(async () => {
    const bundle = await rollup({ ...cdnBuild, onwarn: silent });
    const { output } = await bundle.generate({ ...cdnBuild.output, sourcemap: false });
    await bundle.close();
    const chunks = output.filter((item) => item.type === 'chunk');
    chunk = chunks.find((item) => item.isEntry);
    englishPack = chunks.find((item) => ENGLISH_PACK_FILE.test(item.fileName));
    parts = chunks.filter((item) => item !== chunk && item !== englishPack);
  });

  it('is one module that imports nothing up front; its English pack and the parts elements fetch on demand sit beside it', () => {
    assert.equal(chunk.fileName, 'motcua.js');
    assert.deepEqual(chunk.imports, []);
    assert.match(englishPack.fileName, ENGLISH_PACK_FILE);
    assert.deepEqual(englishPack.imports, []);
    assert.deepEqual(englishPack.dynamicImports, []);
    // The same parts as the per-element build: the form's later part, extras and address
    // combobox, the search's detail, the stats' figures, the tracker's actions.
    const names = parts.map((part) => part.name);
    const onDemand = ['later', 'extras', 'combobox', 'detail-part', 'ready', 'actions'];
    for (const name of onDemand) assert.ok(names.includes(name), `no ${name} part beside motcua.js`);
    assert.deepEqual([...new Set(chunk.dynamicImports)].sort(), [englishPack.fileName, ...parts.filter((part) => onDemand.includes(part.name)).map((part) => part.fileName)].sort());
    for (const part of parts) {
      assert.match(part.fileName, /^motcua-[\w-]+\.js$/);
      // A part takes what it shares (Lit, the kit) from motcua.js, never a copy.
      for (const id of part.imports) assert.ok(id === 'motcua.js' || parts.some((other) => other.fileName === id), `${part.fileName} imports ${id}`);
      assert.ok(part.imports.includes('motcua.js') || part.imports.length > 0);
    }
  });

  it('keeps every English catalogue in the pack and the Vietnamese ones in motcua.js', () => {
    const english = Object.keys(englishPack.modules).map((id) => relative(root, id)).sort();
    const catalogues = Object.keys(elementEntries())
      .filter((name) => existsSync(join(root, 'src/elements', name, 'messages.en.ts')))
      .map((name) => `src/elements/${name}/messages.en.ts`);
    const shared = ['en', 'procedure-en', 'status-en'].map((name) => `src/i18n/messages/${name}.ts`);
    assert.deepEqual(english, [...shared, ...catalogues].sort());
    assert.ok(catalogues.length >= 4, `${catalogues.length} element catalogues`);
    // A sentence of each language, as written or as the minifier escapes it.
    assert.ok(englishPack.code.includes('Try again'));
    assert.ok(!chunk.code.includes('Try again'), 'English left in motcua.js');
    assert.match(chunk.code, /Th(ử|\\u1eed) l(ạ|\\u1ea1)i/i, 'Vietnamese missing from motcua.js');
  });

  it('registers every element of the package, minified, production Lit, no mocks', () => {
    for (const name of Object.keys(elementEntries())) {
      assert.ok(chunk.code.includes(`"gov-${name}"`) || chunk.code.includes(`'gov-${name}'`), `gov-${name} not registered`);
    }
    // Minified: no comments, local declarations renamed (exported names survive only in the
    // export clause). Template literals keep their line breaks, so lines are no measure.
    assert.doesNotMatch(chunk.code, /\/\*\*|^\s*\/\//m, 'comments left in');
    assert.doesNotMatch(chunk.code, /function ensureContextRoot\b/, 'not minified');
    assert.doesNotMatch(chunk.code, /Lit is in dev mode/);
    const modules = Object.keys(chunk.modules).map((id) => relative(root, id));
    assert.deepEqual(modules.filter((id) => id.startsWith('src/mocks') || id.includes('node_modules/msw')), []);
  });
});

describe('the per-element CDN modules and the autoloader', () => {
  /** @type {Map<string, import('rollup').OutputChunk>} */
  let files;

  before(async () => {
    const bundle = await rollup({ ...cdnElementsBuild, onwarn: silent });
    const { output } = await bundle.generate({ ...cdnElementsBuild.output, sourcemap: false });
    await bundle.close();
    files = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  });

  it('are one module per element named by its tag, the autoloader, and chunks in chunks/', () => {
    const entries = [...files.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName).sort();
    assert.deepEqual(entries, ['autoloader.js', ...Object.keys(cdnElementEntries()).map((tag) => `${tag}.js`)].sort());
    for (const chunk of files.values()) if (!chunk.isEntry) assert.match(chunk.fileName, /^chunks\/[a-z-]+\.js$/);
  });

  it('share the runtime: every element module imports the lit chunk, every element that renders the runtime chunk', () => {
    const lit = 'chunks/lit.js';
    const runtime = 'chunks/runtime.js';
    for (const tag of Object.keys(cdnElementEntries())) {
      const imports = files.get(`${tag}.js`).imports;
      assert.ok(imports.includes(lit), `${tag}.js does not import ${lit}`);
      if (tag !== 'gov-config') assert.ok(imports.includes(runtime), `${tag}.js does not import ${runtime}`);
      assert.ok(files.get(`${tag}.js`).code.includes(`"${tag}"`), `${tag}.js does not register ${tag}`);
    }
    // The lit chunk is what every element uses: the context provider only <gov-config> uses
    // is in its module, not in every element's page.
    const provider = (chunk) => Object.keys(chunk.modules).some((id) => id.includes('@lit/context/lib/controllers/context-provider'));
    assert.ok(provider(files.get('gov-config.js')), 'the context provider is not in gov-config.js');
    for (const chunk of files.values()) if (chunk.fileName !== 'gov-config.js') assert.ok(!provider(chunk), `${chunk.fileName} carries the context provider`);
    // Lit's core once, in production mode, and nowhere but its chunk (a directive one element
    // uses, such as the form's ifDefined, stays with that element).
    const core = /node_modules\/(lit-html\/lit-html|@lit\/reactive-element\/reactive-element|lit-element\/lit-element)\.js$/;
    for (const chunk of files.values()) {
      const litModules = Object.keys(chunk.modules).filter((id) => core.test(id));
      if (chunk.fileName !== lit) assert.deepEqual(litModules, [], `${chunk.fileName} carries its own Lit`);
      assert.doesNotMatch(chunk.code, /Lit is in dev mode/);
      assert.deepEqual(Object.keys(chunk.modules).filter((id) => relative(root, id).startsWith('src/mocks') || id.includes('node_modules/msw')), []);
    }
  });

  it('import each other by relative paths only, so a copied folder works wherever it is served', () => {
    for (const chunk of files.values()) {
      for (const specifier of [...chunk.imports, ...chunk.dynamicImports]) assert.ok(files.has(specifier), `${chunk.fileName} imports ${specifier}`);
      assert.doesNotMatch(chunk.code, /\bimport\s*\(?\s*["'](\/|https?:)/, `${chunk.fileName} imports by an absolute URL`);
    }
  });

  it('the autoloader imports nothing up front and loads exactly the element modules, on demand', () => {
    const autoloader = files.get('autoloader.js');
    assert.deepEqual(autoloader.imports, []);
    assert.deepEqual(
      [...new Set(autoloader.dynamicImports)].sort(),
      Object.keys(cdnElementEntries()).map((tag) => `${tag}.js`).sort(),
      'src/autoloader.ts does not list every element folder',
    );
    // Each element's chunks are requested together with its module, not after it arrives.
    for (const tag of Object.keys(cdnElementEntries())) {
      for (const chunk of files.get(`${tag}.js`).imports) {
        assert.match(autoloader.code, new RegExp(`import\\("\\./${tag}\\.js"\\),import\\("[^)]*\\)`), tag);
        assert.ok(autoloader.code.includes(`import("./${chunk}")`), `the autoloader does not fetch ${chunk} with ${tag}`);
      }
    }
  });

  it('the form keeps its later part in a chunk of its own, and its module whole (it registers the element)', () => {
    const form = files.get('gov-dossier-form.js');
    assert.ok(form.dynamicImports.includes('chunks/later.js'), 'gov-dossier-form.js does not load chunks/later.js on demand');
    assert.ok(form.code.includes('"gov-dossier-form"'), 'gov-dossier-form.js is a facade that does not register the element');
    assert.ok(!files.get('chunks/later.js').code.includes('"gov-dossier-form"'));
  });

  it('the stats fetch the part that shows the figures on demand, and keep their module whole', () => {
    const stats = files.get('gov-service-stats.js');
    assert.ok(stats.dynamicImports.includes('chunks/ready.js'), 'gov-service-stats.js does not load chunks/ready.js on demand');
    assert.ok(stats.code.includes('"gov-service-stats"'), 'gov-service-stats.js is a facade that does not register the element');
    assert.ok(!files.get('chunks/ready.js').code.includes('"gov-service-stats"'));
  });

  it('the search keeps its detail part in a chunk of its own, and its module whole (it registers the element)', () => {
    const search = files.get('gov-procedure-search.js');
    assert.ok(search.dynamicImports.includes('chunks/detail-part.js'), 'gov-procedure-search.js does not load chunks/detail-part.js on demand');
    assert.ok(search.code.includes('"gov-procedure-search"'), 'gov-procedure-search.js is a facade that does not register the element');
    assert.ok(!files.get('chunks/detail-part.js').code.includes('"gov-procedure-search"'));
  });

  it('the tracker keeps its actions part in a chunk of its own, and its module whole (it registers the element)', () => {
    const tracker = files.get('gov-status-tracker.js');
    assert.ok(tracker.dynamicImports.includes('chunks/actions.js'), 'gov-status-tracker.js does not load chunks/actions.js on demand');
    assert.ok(tracker.code.includes('"gov-status-tracker"'), 'gov-status-tracker.js is a facade that does not register the element');
    assert.ok(!files.get('chunks/actions.js').code.includes('"gov-status-tracker"'));
  });

  it('each element speaks English from its own pack and the shared ones it uses, fetched on first use', () => {
    for (const name of Object.keys(elementEntries())) {
      const packs = files.get(`gov-${name}.js`).dynamicImports.concat(files.get(`gov-${name}.js`).imports.flatMap((id) => files.get(id).dynamicImports));
      const own = [...new Set(packs)].filter((id) => id === `chunks/en-${name}.js`);
      if (existsSync(join(root, 'src/elements', name, 'messages.en.ts'))) assert.equal(own.length, 1, `gov-${name} has no English pack of its own`);
      // The form, the stats, the search and the tracker also load parts on demand
      // (dossier-form/later.ts, extras.ts and combobox.ts, service-stats/ready.ts,
      // procedure-search/detail-part.ts, status-tracker/actions.ts).
      const part = { 'dossier-form': '(later|extras|combobox)', 'service-stats': 'ready', 'procedure-search': 'detail-part', 'status-tracker': 'actions' }[name];
      for (const id of packs) assert.match(id, part ? new RegExp(`^chunks/(en-|${part}\\.js$)`) : /^chunks\/en-/);
    }
    for (const chunk of files.values()) {
      if (!chunk.fileName.startsWith('chunks/en-')) assert.ok(!chunk.code.includes('Try again'), `English left in ${chunk.fileName}`);
    }
  });
});
