// `cqc new` on a real terminal (a pseudo-terminal driving the built CLI): choices offered from the
// repo, each answer checked as it is given and asked again when wrong (earlier answers kept), a
// summary before writing, an offer to commit, and Ctrl-C / Ctrl-D / "no" ending it cleanly.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { onTerminal, type Step } from '../helpers/terminal.js';
import { PEOPLE, git, makeRepo, read } from '../workflow/helpers.js';

const CONFIG = `provider: Example Care Ltd
locations:
  - { id: rose-house, name: Rose House }
  - { id: ivy-court, name: Ivy Court }
`;

/** Today in the local calendar, and a number of weeks on, computed here rather than by cqc. */
function localDate(weeksOn = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + 7 * weeksOn);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const repo = () => makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE });

/** The answers up to the owner question, with a slip at each step. */
const UP_TO_OWNER: Step[] = [
  ['Start from a template (number or name; "none" to start empty) [none]: ', '7\r'],
  ['There is no number 7 in the list: choose 1 to 3.', 'moving-and-handlng\r'],
  ['Did you mean "moving-and-handling"?', '1\r'],
  ['Title: the problem being fixed, in a short sentence [Moving and handling risk assessments missing for people with changing mobility]: ', '\r'],
  ['What was found: the baseline', '7 of 18 mobility files had no current assessment\r'],
  ['Location (number or id): ', 'rose-hose\r'],
  ['Did you mean "rose-house"?', '1\r'],
];

describe('cqc new on a terminal', () => {
  it('offers choices, asks again after each wrong answer, shows the summary, writes and commits', () => {
    const dir = repo();
    const run = onTerminal(['new'], dir, [
      ...UP_TO_OWNER,
      ['Owner: who is responsible for the work (number or id) [priya-patel]: ', 'nobody\r'],
      ['"nobody" is not a person in people.yaml.', 'dan-jones\r'],
      ['Risk areas (numbers or names, separated by commas; "none" for none) [safety]: ', '\r'],
      ['Quality statements (chosen: safe.involving-people-to-manage-risks, effective.assessing-needs, well-led.governance-management-and-sustainability): ', 'safeguarding\r'],
      ['1) safe.safeguarding  Safeguarding', '1\r'],
      ['(chosen: safe.involving-people-to-manage-risks, effective.assessing-needs, well-led.governance-management-and-sustainability, safe.safeguarding): ', '\r'],
      ['Target due date (YYYY-MM-DD, or a period such as "6 weeks")', '2026-02-30\r'],
      ['"2026-02-30" is not a date.', '6 weeks\r'],
      ['Role that recommends closure (number or name) [registered-manager]: ', '\r'],
      ['Role that decides closure (number or name) [nominated-individual]: ', '\r'],
      ['Write actions/MH-001.yaml? (y/n) [y]: ', 'y\r'],
      ['Commit it now, as you, so the audit trail records who raised it? (y/n) [y]: ', '\r'],
    ]);
    expect(run.missing, run.transcript).toBeNull();
    expect(run.code, run.transcript).toBe(0);
    // The summary came before the question that writes, in plain words.
    const summary = run.transcript.indexOf('MH-001, to be written to actions/MH-001.yaml:');
    expect(summary).toBeGreaterThan(-1);
    expect(run.transcript.slice(summary)).toMatch(/^MH-001, to be written to actions\/MH-001\.yaml:\n {2}Title {6}Moving and handling .*\n {2}Location {3}Rose House \(rose-house\)\n {2}Owner {6}Dan Jones \(dan-jones\)\n/);
    expect(run.transcript).not.toMatch(/--[a-z]/); // no message names a flag nobody typed
    // The outcome is wrapped to the terminal's width, so read it as the words it says.
    expect(run.transcript.replace(/\s+/g, ' ')).toMatch(/Raised MH-001: Moving and handling risk assessments missing for people with changing mobility \(owner dan-jones, due \d{4}-\d{2}-\d{2}\)\. Wrote actions\/MH-001\.yaml and committed it as [0-9a-f]{7}\./);

    const action = parse(read(dir, 'actions/MH-001.yaml'));
    expect(action).toMatchObject({
      id: 'MH-001', location: 'rose-house', owner: 'dan-jones', raised: localDate(), risk_areas: ['safety'],
      baseline: '7 of 18 mobility files had no current assessment',
      quality_statements: ['safe.involving-people-to-manage-risks', 'effective.assessing-needs', 'well-led.governance-management-and-sustainability', 'safe.safeguarding'],
      closure_criteria: expect.objectContaining({ reviewer: 'registered-manager', approver: 'nominated-individual' }),
    });
    expect(action.target.due).toBe(localDate(6));
    expect(git(dir, ['log', '-1', '--format=%ae %s%n%b'])).toMatch(/^priya\.patel@example\.org MH-001: raise action — Moving and handling[^\n]*\nCqc-Action: MH-001\nCqc-Event: raised\n/);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('writes a record that cqc check passes', async () => {
    const dir = repo();
    const run = onTerminal(['new'], dir, [
      ['Start from a template', 'none\r'],
      ['Title: the problem being fixed, in a short sentence: ', '\r'],
      ['A title is needed: type it, then press Enter.', 'Medicines charts incomplete\r'],
      ['What was found', 'MAR charts had gaps on 4 of 20 days\r'],
      ['Location (number or id): ', '2\r'],
      ['Owner: who is responsible for the work (number or id) [priya-patel]: ', '\r'],
      ['Source (number or name; Enter to leave out): ', 'cqc-inspection\r'],
      ['Risk areas', 'medicines, 1\r'],
      ['Quality statements: ', 'medicines\r'],
      ['safe.medicines-optimisation  Medicines optimisation', '1\r'],
      ['(chosen: safe.medicines-optimisation): ', '\r'],
      ['Target: what will be measured', 'Complete MAR charts\r'],
      ['Unit (percent, count, days, other) [percent]: ', '\r'],
      ['Goal: the number to reach, e.g. 95: ', '120\r'],
      ['A percentage goal is at most 100; 120 is more.', '95\r'],
      ['Direction (number or name) [at_least]: ', '\r'],
      ['Target due date', '2026-12-01\r'],
      ['Role that recommends closure (number or name; Enter to agree it later): ', 'registered-manager\r'],
      ['Role that decides closure (number or name; Enter to agree it later): ', 'chief-executive\r'],
      ['"chief-executive" is not a role anyone holds in people.yaml.', 'nominated-individual\r'],
      ['Write actions/MCI-001.yaml? (y/n) [y]: ', 'yes\r'],
      ['Commit it now', 'n\r'],
    ]);
    expect(run.missing, run.transcript).toBeNull();
    expect(run.code, run.transcript).toBe(0);
    expect(run.transcript).toContain('Wrote actions/MCI-001.yaml.');
    const action = parse(read(dir, 'actions/MCI-001.yaml'));
    expect(action).toMatchObject({ location: 'ivy-court', owner: 'priya-patel', source: 'cqc-inspection', risk_areas: ['medicines', 'safety'],
      target: { measure: 'Complete MAR charts', unit: 'percent', goal: 95, direction: 'at_least', due: '2026-12-01' } });
    const { report } = await judge({ cwd: dir, git: false, asOf: localDate() });
    expect(report.summary.errors).toBe(0);
  });

  it.each([
    ['Ctrl-C', '\x03'],
    ['Ctrl-D', '\x04'],
  ])('%s prints "Cancelled, nothing written." on its own line and exits 130, keeping nothing', (_key, keys) => {
    const dir = repo();
    const run = onTerminal(['new'], dir, [...UP_TO_OWNER, ['Owner: who is responsible', keys]]);
    expect(run.missing, run.transcript).toBeNull();
    expect(run.code).toBe(130);
    expect(run.transcript).toMatch(/\nCancelled, nothing written\.\n$/);
    expect(run.transcript).not.toMatch(/internal error/i);
    expect(existsSync(join(dir, 'actions'))).toBe(false);
  });

  it('"no" to writing cancels the same way', () => {
    const dir = repo();
    const run = onTerminal(['new'], dir, [
      ['Start from a template', '3\r'], ['Title: ', '\r'], ['What was found', '\r'], ['Location (', '1\r'], ['Owner: ', '\r'],
      ['Risk areas (', '\r'], ['Quality statements (', '\r'], ['Target due date', '\r'], ['Role that recommends closure', '\r'],
      ['Role that decides closure', 'nominated-individual\r'],
      ['Write actions/NUT-001.yaml? (y/n) [y]: ', 'n\r'],
    ]);
    expect(run.missing, run.transcript).toBeNull();
    expect(run.code).toBe(130);
    expect(run.transcript).toMatch(/\nCancelled, nothing written\.\n$/);
    expect(readdirSync(dir).includes('actions')).toBe(false);
  });

  it('with flags given, asks only what the record cannot do without, and writes it as given', () => {
    const dir = repo();
    const run = onTerminal(['new', '--template', 'moving-and-handling', '--location', 'ivy-court', '--baseline', '7 of 18 files out of date'], dir, [
      ['Owner: who is responsible for the work (number or id) [priya-patel]: ', '1\r'],
    ]);
    expect(run.missing, run.transcript).toBeNull();
    expect(run.code, run.transcript).toBe(0);
    expect(run.transcript).not.toMatch(/Start from a template|Risk areas|Write actions/);
    expect(parse(read(dir, 'actions/MH-001.yaml'))).toMatchObject({ owner: 'dan-jones', location: 'ivy-court', baseline: '7 of 18 files out of date' });
  });
});
