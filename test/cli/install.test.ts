// "cqc" on the npm registry is an unrelated project. Every line in the files cqc init writes and in
// the example CI files that installs the tool must install it from a pinned source (a git URL with
// a tag or commit, or a package file), never by a bare registry name.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE_FILES = ['examples/.github/workflows/cqc.yml', 'examples/.gitlab-ci.yml', '.pre-commit-hooks.yaml'];

const INSTALLER = /\b(?:(?:npm|pnpm|yarn|bun)\s+(?:install|i|add|pack|exec|x|dlx|global\s+add)|npx|pnpx|bunx)\b/g;
/** Flags whose value is the next word and not a package. */
const VALUE_FLAGS = new Set(['--pack-destination', '--prefix', '--cache', '--workspace', '-w', '--location']);

/** Variables a file sets (YAML `NAME: value`, shell `NAME='value'`), to expand $NAME in its commands. */
function variables(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const m of text.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*(?::\s*|=)(['"]?)([^'"\s]+)\2\s*$/gm)) vars.set(m[1]!, m[3]!);
  return vars;
}

/** Pinned: a git URL with a tag or commit after "#", or a package file (a path to a .tgz). */
function isPinned(spec: string): boolean {
  if (/^(git\+(https|ssh|file):\/\/|git:\/\/|(github|gitlab|bitbucket):)[^#\s]+#[^#\s]+$/.test(spec)) return true;
  return !/^[a-z]+:/.test(spec) && /(^|\/)[^/]+\.(tgz|tar\.gz)$/.test(spec);
}

/** The package specs each install command on a line names, with the file's variables expanded. */
function installSpecs(line: string, vars: Map<string, string>): string[][] {
  const commands: string[][] = [];
  for (const m of line.matchAll(INSTALLER)) {
    const rest = line.slice(m.index + m[0].length).split(/&&|\|\||;|\||>|"\s*$/)[0]!;
    const words = rest.split(/\s+/).map((w) => w.replace(/\\?["']/g, '')).filter(Boolean);
    const specs: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.startsWith('--package=')) specs.push(word.slice('--package='.length));
      else if (word === '--package' || word === '-p') specs.push(words[++i] ?? '');
      else if (VALUE_FLAGS.has(word)) i++;
      else if (!word.startsWith('-')) specs.push(word);
    }
    // npx and npm exec name a command after the package; without --package it is the package.
    const exec = /^(npx|pnpx|bunx)$|\b(exec|x|dlx)$/.test(m[0]);
    const named = exec && words.some((w) => w === '--package' || w === '-p' || w.startsWith('--package=')) ? specs.slice(0, -1) : exec ? specs.slice(0, 1) : specs;
    commands.push(named.map((s) => s.replace(/\$\{?([A-Z][A-Z0-9_]*)\}?/g, (whole, name: string) => vars.get(name) ?? whole)));
  }
  return commands;
}

/** Lines of a file that install the tool from anything but a pinned source. Comment lines are prose. */
function badInstalls(text: string): string[] {
  const vars = variables(text);
  return text.split('\n').filter((line) => !/^\s*#/.test(line))
    .filter((line) => installSpecs(line, vars).some((specs) => specs.length === 0 || specs.some((s) => !isPinned(s))));
}

function installLines(text: string): string[] {
  return text.split('\n').filter((line) => !/^\s*#/.test(line) && installSpecs(line, variables(text)).length > 0);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let generated: Map<string, string>;

beforeAll(() => {
  const dir = join(mkdtempSync(join(tmpdir(), 'cqc-install-lines-')), 'repo');
  const r = cqc(['init', dir], { cwd: tmpdir() });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  generated = new Map(filesUnder(dir).map((path) => [`init: ${relative(dir, path)}`, readFileSync(path, 'utf8')]));
  for (const path of EXAMPLE_FILES) generated.set(path, readFileSync(join(ROOT, path), 'utf8'));
});

describe('the install-line check itself', () => {
  it('catches a bare registry name, npx of one, and an unpinned git URL', () => {
    expect(badInstalls('      - run: npm install --global cqc')).toHaveLength(1);
    expect(badInstalls('    - npm i -g cqc-assurance@0.1.0')).toHaveLength(1);
    expect(badInstalls('npx cqc check')).toHaveLength(1);
    expect(badInstalls('npm exec --package=cqc -- cqc check')).toHaveLength(1);
    expect(badInstalls('npm install --global "git+https://github.com/cqc-tool/cqc.git"')).toHaveLength(1);
    expect(badInstalls('npm install --global "$SOMETHING_UNSET"')).toHaveLength(1);
    expect(badInstalls('CQC_FROM: cqc\nrun: npm pack "$CQC_FROM"')).toHaveLength(1);
  });

  it('accepts a pinned git URL, a package file, and a variable holding one', () => {
    expect(badInstalls('npm pack "git+https://github.com/cqc-tool/cqc.git#v0.1.0" --pack-destination /tmp')).toEqual([]);
    expect(badInstalls('npm install --global "$RUNNER_TEMP"/cqc-assurance-*.tgz')).toEqual([]);
    expect(badInstalls("CQC_FROM='github:example-care/cqc#0123abc'\necho \"npm pack \\\"$CQC_FROM\\\" && npm install -g ./x.tgz\"")).toEqual([]);
  });
});

describe('files cqc init writes, and the example CI files', () => {
  it('include the CI workflow, the hook and the examples', () => {
    expect([...generated.keys()]).toEqual(expect.arrayContaining(['init: .github/workflows/cqc.yml', 'init: .githooks/pre-commit', ...EXAMPLE_FILES]));
  });

  it('never install cqc by a bare registry name', () => {
    for (const [file, text] of generated) expect(badInstalls(text), file).toEqual([]);
    // Not even in a comment someone might uncomment.
    for (const [file, text] of generated) expect(text, file).not.toMatch(/\b(npm\s+(install|i|add)\s+(-g\s+|--global\s+)?|npx\s+)cqc(-assurance)?\b(?![/.-])/);
  });

  it('install from the one pinned source at the top of each file', () => {
    for (const file of ['init: .github/workflows/cqc.yml', 'init: .githooks/pre-commit', 'examples/.gitlab-ci.yml']) {
      const text = generated.get(file)!;
      const from = variables(text).get('CQC_FROM');
      expect(from, file).toBeDefined();
      expect(isPinned(from!), file).toBe(true);
      expect(installLines(text).some((line) => /\$\{?CQC_FROM\b/.test(line)), file).toBe(true);
    }
    // The files agree, and the pin is the release that wrote them.
    const sources = new Set([...generated.values()].map((text) => variables(text).get('CQC_FROM')).filter(Boolean));
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect([...sources]).toEqual([`git+https://github.com/cqc-tool/cqc.git#v${version}`]);
  });
});

describe('the package', () => {
  it('is not named after the unrelated registry package, and keeps the command cqc', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.name).not.toBe('cqc');
    expect(pkg.bin).toEqual({ cqc: 'bin/cqc.js' });
    // A git source has no dist/: npm pack builds it through prepare.
    expect(pkg.scripts.prepare).toMatch(/\bbuild\b/);
  });

  it('packs what an installed cqc needs: the bin, the build, the schemas, the files init copies', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/cqc.js', 'dist/cli/index.js', 'schemas/action.schema.json',
      'examples/cqc.yaml', 'examples/.github/workflows/cqc.yml', 'examples/.gitlab-ci.yml']));
  });
});
