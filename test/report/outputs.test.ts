import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CqcError, UsageError } from '../../src/errors.js';
import { FORMATS, reporterFor } from '../../src/report/check/index.js';
import { parseFormatSpecs, useColor, writeOutputs } from '../../src/report/check/outputs.js';
import { ANSI, stripAnsi } from './ansi.js';
import { checkReport, reportOptions } from './fixtures/report.js';


describe('reporterFor', () => {
  it('knows every listed format and nothing else', () => {
    for (const name of FORMATS) expect(typeof reporterFor(name)).toBe('function');
    expect(reporterFor('html')).toBeUndefined();
    expect(reporterFor('toString')).toBeUndefined();
  });
});

describe('parseFormatSpecs', () => {
  it('accepts name and name=path, defaulting to human on stdout', () => {
    expect(parseFormatSpecs([])).toEqual([{ format: 'human' }]);
    expect(parseFormatSpecs(['human', 'sarif=out/cqc.sarif', 'junit=reports/junit.xml'])).toEqual([
      { format: 'human' },
      { format: 'sarif', path: 'out/cqc.sarif' },
      { format: 'junit', path: 'reports/junit.xml' },
    ]);
    expect(parseFormatSpecs(['json=-'])).toEqual([{ format: 'json' }]);
    expect(parseFormatSpecs(['json=a=b.json'])).toEqual([{ format: 'json', path: 'a=b.json' }]);
  });

  it('rejects an unknown format, naming the valid ones', () => {
    expect(() => parseFormatSpecs(['xml'])).toThrow(UsageError);
    expect(() => parseFormatSpecs(['sariff=x.sarif'])).toThrow(
      'Unknown output format "sariff". Choose one of: human, json, junit, sarif, github, markdown.',
    );
  });

  it('allows at most one format on stdout, and one format per file', () => {
    expect(() => parseFormatSpecs(['human', 'json'])).toThrow(/Only one --format can print to the screen, but human and json both would/);
    expect(() => parseFormatSpecs(['human', 'json=-'])).toThrow(UsageError);
    expect(() => parseFormatSpecs(['json=r.txt', 'sarif=r.txt'])).toThrow(/same file "r.txt"/);
    expect(() => parseFormatSpecs(['json='])).toThrow(/needs a file name/);
  });
});

describe('writeOutputs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cqc-outputs-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes each file atomically, creating folders, and returns the stdout text', () => {
    const specs = parseFormatSpecs(['human', 'sarif=reports/ci/cqc.sarif', 'junit=reports/junit.xml', 'json=out.json']);
    const stdout = writeOutputs(checkReport, specs, { ...reportOptions, color: true }, { cwd: dir });
    expect(stdout).toMatch(ANSI); // colour asked for, human on stdout
    expect(stripAnsi(stdout)).toContain('✖ 4 errors');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(checkReport)));
    expect(readFileSync(join(dir, 'reports/ci/cqc.sarif'), 'utf8')).toContain('"version": "2.1.0"');
    expect(readFileSync(join(dir, 'reports/junit.xml'), 'utf8')).toMatch(/^<\?xml/);
    const everyFile = [...readdirSync(dir, { recursive: true })].map(String);
    expect(everyFile.filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('replaces an existing file and never colours a file', () => {
    writeFileSync(join(dir, 'report.txt'), 'old contents that are much longer than nothing');
    const stdout = writeOutputs(checkReport, parseFormatSpecs(['human=report.txt']), { ...reportOptions, color: true }, { cwd: dir });
    expect(stdout).toBe('');
    const written = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(written).not.toMatch(ANSI);
    expect(written).toContain('✖ 4 errors');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('turns a write failure into a CqcError with one plain sentence and leaves no temp file', () => {
    mkdirSync(join(dir, 'taken.json')); // a folder where the file should go: rename must fail
    expect(() => writeOutputs(checkReport, parseFormatSpecs(['json=taken.json']), reportOptions, { cwd: dir })).toThrow(CqcError);
    expect(() => writeOutputs(checkReport, parseFormatSpecs(['json=taken.json']), reportOptions, { cwd: dir })).toThrow(
      /^Could not write the json report to .*taken\.json \(E[A-Z]+\)\. Check the folder exists and you may write to it\.$/,
    );
    expect(readdirSync(dir)).toEqual(['taken.json']);
  });

  it('appends the GitHub step summary when GITHUB_STEP_SUMMARY is set', () => {
    const summaryFile = join(dir, 'step-summary.md');
    writeFileSync(summaryFile, 'earlier step\n');
    const stdout = writeOutputs(checkReport, parseFormatSpecs(['github']), reportOptions, { cwd: dir, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(stdout.split('\n')[0]).toMatch(/^::(error|warning|notice) file=/);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('earlier step\n## cqc check\n')).toBe(true);
    // Without the github format, the step summary is left alone.
    writeOutputs(checkReport, parseFormatSpecs(['json']), reportOptions, { cwd: dir, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(readFileSync(summaryFile, 'utf8')).toBe(summary);
  });

  it('reports an unwritable step summary as a CqcError', () => {
    // GitHub creates the file; a path whose folder is missing cannot be appended to, even as root.
    const target = join(dir, 'missing-folder', 'summary.md');
    expect(() => writeOutputs(checkReport, parseFormatSpecs(['github']), reportOptions, { cwd: dir, env: { GITHUB_STEP_SUMMARY: target } })).toThrow(
      /Could not write the GitHub step summary/,
    );
  });
});

describe('useColor', () => {
  it('colours a terminal only', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
  });

  it('never colours with NO_COLOR set to a value (empty NO_COLOR: see test/cli/color.test.ts)', () => {
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });

  it('lets FORCE_COLOR turn colour off (0) or on for CI logs, and TERM=dumb turn it off', () => {
    expect(useColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor({ isTTY: true }, { FORCE_COLOR: 'false' })).toBe(false);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });
});
