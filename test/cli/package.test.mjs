// The kit as the package ships it: package.json's `bin` and `./adapters/dvcqg` export point at what
// scripts/build-cli.mjs writes, the adapters module stands alone, and the built CLI runs.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KIT_OUTPUTS } from '../../scripts/build-cli.mjs';
import { builtCli, FIXTURES, ROOT, run } from './support.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the package', () => {
  it('names the CLI and the adapters where the kit build writes them', () => {
    assert.deepEqual(pkg.bin, { motcua: `./dist/${KIT_OUTPUTS.cli}` });
    const adapters = pkg.exports['./adapters/dvcqg'];
    assert.equal(adapters.import, `./dist/${KIT_OUTPUTS.adapters}`);
    assert.ok(existsSync(join(ROOT, adapters.types.replace('./dist/types/', 'src/').replace(/\.d\.ts$/, '.ts'))), adapters.types);
    // `npm run build` runs every build:* script; the kit's is one of them.
    assert.match(pkg.scripts.build, /build:\*/);
    assert.equal(pkg.scripts['build:kit'], 'node scripts/build-cli.mjs');
    assert.match(pkg.scripts.test, /node --test test\/tools\/ test\/cli\//);
  });
});

describe('the built kit', () => {
  let cli;
  before(async () => {
    cli = await builtCli();
  });

  it('adapters: one module with no import at all, that maps a national record', async () => {
    const file = join(dirname(dirname(cli)), KIT_OUTPUTS.adapters);
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /^\s*import\s/m, 'the adapters import nothing');
    const adapters = await import(pathToFileURL(file).href);
    const [record] = JSON.parse(readFileSync(join(FIXTURES, 'dvcqg-procedures.json'), 'utf8')).result;
    assert.equal(adapters.procedureFromDvcqg(record).name, 'Thủ tục đăng ký khai sinh');
  });

  it('CLI: --version, --help, and a usage error for an unknown command', async () => {
    assert.deepEqual(await run(cli, ['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = await run(cli, ['conform', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^motcua conform <api-base> \[options\]/);
    const unknown = await run(cli, ['deploy']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command deploy/);
  });
});
