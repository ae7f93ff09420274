// Personal data end to end through the built CLI: look-alikes pass, real identifiers fail, and no
// output of any command, in any format, carries one, wherever in the records it was planted.
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { WITHHELD } from '../../src/personal-data/index.js';
import { cleanupRepos as cleanupGitRepos, commitAs, git } from '../git/helpers.js';
import { cqc } from '../helpers/cli.js';
import { spaced, withCheckDigit } from '../personal-data/fixture.js';
import { AS_OF, cleanupRepos, mh001, validRepo, writeRepo } from '../rules/fixture.js';

afterAll(() => { cleanupRepos(); cleanupGitRepos(); });

const NHS = withCheckDigit('736481902');
const NI = 'JW 71 83 94 B';
const DOB = '17/08/1937';
/** Every way the three values could show up in an output. */
const FORBIDDEN = [NHS, spaced(NHS), spaced(NHS, '-'), NHS.slice(0, 6), 'JW718394B', '718394', '71 83 94', DOB, '08/1937'];

function expectNoValue(name: string, text: string): void {
  for (const value of FORBIDDEN) expect(text.includes(value), `${name} contains ${value}:\n${text}`).toBe(false);
}

const GRACE = { name: 'Grace Okafor', email: 'grace.okafor@example.org' };

/** MH-001 (the valid closed action) with identifiers in every kind of place, plus two more actions. */
function plantedRepo(): string {
  const spec = validRepo();
  const a = mh001(spec);
  a.title = `Moving and handling for the resident in bed 4, NHS ${spaced(NHS)}`;
  a.source_ref = `Referral NI ${NI}`;
  spec.evidence['MH-001-E03']!.summary = `Observed six transfers, including the resident born ${DOB}.`;
  const { dir } = writeRepo(spec);
  appendFileSync(join(dir, 'actions/MH-001.yaml'), `# ask the office about NHS ${NHS}\n`);
  // Values that break the schema, so a schema message would quote them; one with a "did you mean".
  const open = {
    id: 'MH-002', title: 'Falls follow-up', location: 'rose-house', raised: '2026-10-01', owner: 'dan-jones', status: 'open',
    source: `internal-audit ${NHS}`, theme: `dob ${DOB}`, [NI]: 'resident',
  };
  writeFileSync(join(dir, 'actions/MH-002.yaml'), stringify(open));
  // An id that holds an NHS number: the file name, the id and every message naming it.
  const byNumber = { id: `R-${NHS}`, title: 'Pressure care review', location: 'rose-house', raised: '2026-10-01', owner: 'dan-jones', status: 'open' };
  writeFileSync(join(dir, `actions/R-${NHS}.yaml`), stringify(byNumber));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  commitAs({ dir }, GRACE, '2026-10-21T10:00:00Z', {}, `Record MH-001 closure for NHS ${NHS}`);
  return dir;
}

describe('personal data through the built CLI', () => {
  it('passes look-alikes and fails the same record once it holds a real identifier', () => {
    const spec = validRepo();
    const wrong = `${NHS.slice(0, 9)}${(Number(NHS[9]) + 1) % 10}`;
    mh001(spec).baseline = `Datix ${wrong}; ticket 1${NHS}; office 01632 960123; QQ 12 34 56 C; reviewed ${DOB}.`;
    const { dir } = writeRepo(spec);
    const clean = cqc(['check', '--no-git', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(clean.code, clean.stdout).toBe(0);
    expect(JSON.parse(clean.stdout).findings).toEqual([]);

    const file = join(dir, 'actions/MH-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`ticket 1${NHS}`, `ticket ${NHS}`));
    const dirty = cqc(['check', '--no-git', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(dirty.code).toBe(1);
    expect(JSON.parse(dirty.stdout).findings).toEqual([expect.objectContaining({ rule: 'personal-data', file: 'actions/MH-001.yaml', action: 'MH-001' })]);
    expectNoValue('check json', dirty.stdout);
  });

  it('never prints or writes a planted identifier, in any format of any command', () => {
    const dir = plantedRepo();
    const out = mkdtempSync(join(tmpdir(), 'cqc-pd-out-'));
    const run = (args: string[]) => cqc([args[0]!, '-C', dir, ...args.slice(1)], { cwd: out, env: { GITHUB_STEP_SUMMARY: join(out, 'step-summary.md') } });
    const texts: Record<string, string> = {};

    const check = run(['check', '--as-of', AS_OF, '--format', 'human', '--format', 'json=check.json', '--format', 'junit=check.xml',
      '--format', 'sarif=check.sarif', '--format', 'github=check.github', '--format', 'markdown=check.md']);
    expect(check.code).toBe(1);
    texts['check human'] = check.stdout + check.stderr;
    for (const f of readdirSync(out)) texts[f] = readFileSync(join(out, f), 'utf8');
    for (const [name, args] of Object.entries({
      'status human': ['status', '--as-of', AS_OF], 'status json': ['status', '--as-of', AS_OF, '--format', 'json'],
      'report markdown': ['report', '--as-of', AS_OF], 'report html': ['report', '--as-of', AS_OF, '--format', 'html'],
      'audit human': ['audit', '--as-of', AS_OF], 'audit json': ['audit', '--as-of', AS_OF, '--format', 'json'],
      'audit action': ['audit', 'MH-001', '--as-of', AS_OF], 'audit by id': ['audit', `R-${NHS}`, '--format', 'json'],
      'personal-data audit': ['audit', '--personal-data'], 'personal-data audit json': ['audit', '--personal-data', '--format', 'json'],
    })) {
      const r = run(args);
      texts[name] = r.stdout + r.stderr;
    }
    expect(Object.keys(texts)).toEqual(expect.arrayContaining(['check.json', 'check.xml', 'check.sarif', 'check.github', 'check.md', 'step-summary.md']));
    for (const [name, text] of Object.entries(texts)) expectNoValue(name, text);

    // Each output really was about the planted records: the places that held values show they were withheld.
    const json = JSON.parse(texts['check.json']!);
    const rules = new Set(json.findings.map((f: { rule: string }) => f.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['personal-data', 'schema']));
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'personal-data').length).toBeGreaterThanOrEqual(6);
    expect(json.findings.some((f: { message: string }) => f.message.includes('did you mean') || f.message.includes('withheld from this message'))).toBe(true);
    for (const name of ['check human', 'check.xml', 'check.sarif', 'check.github', 'check.md', 'step-summary.md']) expect(texts[name], name).toContain('personal-data');
    for (const name of ['status human', 'status json', 'report markdown', 'report html']) expect(texts[name], name).toContain(WITHHELD.slice(1, -1));
    expect(JSON.parse(texts['status json']!).actions.map((a: { id: string }) => a.id)).toContain(`R-${WITHHELD}`);
    expect(texts['personal-data audit']).toContain('NHS number');
  });
});
