import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { EVIDENCE, OPEN_ACTION, writeRepo } from '../helpers/repo.js';

describe('cqc check (built CLI)', () => {
  it('exits 0 on a clean repo and says so', () => {
    const dir = writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION, 'evidence/MH-001/MH-001-E01.yaml': EVIDENCE });
    const r = cqc(['check', '--no-git', '--as-of', '2026-09-11'], { cwd: join(dir, 'actions') });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/No problems/);
    expect(r.stdout).toMatch(/--no-git/);
    expect(r.code).toBe(0);
  });

  it('exits 1 with SPEC-shaped JSON when a record is wrong', () => {
    const dir = writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION.replace('status: open', 'status: done') });
    const r = cqc(['check', '-C', dir, '--no-git', '--format', 'json'], { cwd: tmpdir() });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['version', 'summary', 'findings', 'actions']);
    expect(out.summary).toEqual({ actions: 1, evidence: 0, errors: 1, warnings: 0, waived: 0, git: false, held_back: 0 });
    expect(out.findings[0]).toEqual({ rule: 'schema', severity: 'error', action: 'MH-001', file: 'actions/MH-001.yaml', line: 7, column: 9, message: expect.any(String) });
  });

  it('writes a second format to a file in the same run', () => {
    const dir = writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION });
    const r = cqc(['check', '--no-git', '--format', 'human', '--format', 'sarif=out/cqc.sarif'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out/cqc.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it.each([
    [['check', '--bogus'], /unknown option '--bogus'/],
    [['check', '--as-of', '2026-02-30'], /--as-of needs a calendar date/],
    [['check', '--format', 'xml'], /Unknown output format "xml"/],
    // SPEC exit 2: "with one clear line on stderr", also when commander suggests the flag or command meant.
    [['check', '--formt', 'json'], /unknown option '--formt' \(Did you mean --format\?\)/],
    [['chek'], /unknown command 'chek' \(Did you mean check\?\)/],
  ])('usage error %j exits 2 with one line and no stack', (args, msg) => {
    const dir = writeRepo({});
    const r = cqc(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when there is no cqc.yaml', () => {
    const r = cqc(['check'], { cwd: mkdtempSync(join(tmpdir(), 'cqc-empty-')) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No cqc\.yaml found/);
  });

  it('exits 2 when cqc.yaml is not valid YAML, naming the line', () => {
    const r = cqc(['check', '--no-git'], { cwd: writeRepo({ 'cqc.yaml': 'provider: X\nlocations: [\n' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cqc: cqc\.yaml:\d+:\d+: /);
  });
});

describe('cqc schema', () => {
  it('prints the action schema as JSON', () => {
    const r = cqc(['schema', 'action'], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
  });

  it('lists the schemas and rejects an unknown one', () => {
    expect(cqc(['schema'], { cwd: tmpdir() }).stdout).toMatch(/evidence/);
    const r = cqc(['schema', 'nope'], { cwd: tmpdir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Choose one of: cqc, people, action, evidence, framework/);
  });
});

describe('cqc check scoping', () => {
  const second = OPEN_ACTION.replace(/MH-001/g, 'MH-002').replace('location: rose-house', 'location: ivy-court').replace('owner: dan-jones', 'owner: nobody');
  const config = 'provider: X\nlocations:\n  - { id: rose-house }\n  - { id: ivy-court }\n';

  it('--location reports only that location\'s actions and their evidence', () => {
    const dir = writeRepo({ 'cqc.yaml': config, 'actions/MH-001.yaml': OPEN_ACTION, 'actions/MH-002.yaml': second, 'evidence/MH-001/MH-001-E01.yaml': EVIDENCE });
    const rose = JSON.parse(cqc(['check', '--no-git', '--as-of', '2026-09-11', '--format', 'json', '--location', 'rose-house'], { cwd: dir }).stdout);
    expect(rose.summary).toMatchObject({ actions: 1, evidence: 1, errors: 0 });
    expect(rose.actions.map((a: { id: string }) => a.id)).toEqual(['MH-001']);
    const ivy = cqc(['check', '--no-git', '--as-of', '2026-09-11', '--format', 'json', '--location', 'ivy-court'], { cwd: dir });
    expect(ivy.code).toBe(1);
    expect(JSON.parse(ivy.stdout).findings.map((f: { action: string }) => f.action)).toEqual(['MH-002']);
  });

  // SPEC exit 2: "bad flags". A --location cqc.yaml does not list would judge nothing and exit 0,
  // so a typo in a CI matrix would pass every push; export and calendar already refuse it.
  it('--location naming no location in cqc.yaml is a bad flag: exit 2, one line, nothing judged', () => {
    const dir = writeRepo({ 'cqc.yaml': config, 'actions/MH-001.yaml': OPEN_ACTION, 'actions/MH-002.yaml': second });
    for (const command of [['check', '--format', 'json'], ['status'], ['export'], ['calendar']]) {
      const r = cqc([...command, '--no-git', '--as-of', '2026-09-11', '--location', 'rose-hose'], { cwd: dir });
      expect(r.code, command[0]).toBe(2);
      expect(r.stdout, command[0]).toBe('');
      expect(r.stderr, command[0]).toBe('cqc: --location rose-hose is not a location in cqc.yaml. Use one of: rose-house, ivy-court.\n');
    }
  });

  it('[paths] report only the actions those files belong to', () => {
    const dir = writeRepo({ 'cqc.yaml': config, 'actions/MH-001.yaml': OPEN_ACTION, 'actions/MH-002.yaml': second, 'evidence/MH-001/MH-001-E01.yaml': EVIDENCE });
    const r = cqc(['check', '--no-git', '--as-of', '2026-09-11', '--format', 'json', 'evidence/MH-001/MH-001-E01.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).actions.map((a: { id: string }) => a.id)).toEqual(['MH-001']);
  });
});
