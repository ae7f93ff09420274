// `cqc calendar` through the built CLI, parsed back with ical.js (Mozilla's RFC 5545 parser): one
// all-day event per date a manager must act on, the SPEC UIDs, the same bytes on every run, and
// UIDs (and events) that stay put when an unrelated action changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { addEvidence, cleanupRepos } from '../rules/fixture.js';
import { AS_OF, exchangeRepo, exchangeSpec } from './exchange-fixture.js';

afterAll(() => cleanupRepos());

interface Event { uid: string; start: string; end: string; allDay: boolean; summary: string; description: string; stamp: string }

function events(ics: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate,
      summary: e.summary, description: e.description, stamp: String(v.getFirstPropertyValue('dtstamp')),
    };
  });
}

function calendarOf(dir: string, args: string[] = []): string {
  const r = cqc(['calendar', '--as-of', AS_OF, ...args], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** The VEVENT block of one UID, as written. */
function block(ics: string, uid: string): string {
  return ics.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${uid}\r\n`)) ?? '';
}

describe('cqc calendar', () => {
  const dir = exchangeRepo();
  const ics = calendarOf(dir);
  const parsed = events(ics);
  const byUid = new Map(parsed.map((e) => [e.uid, e]));

  it('has one all-day event per target due date, post-closure review and hold return date, with the SPEC UIDs', () => {
    expect(parsed.map((e) => [e.uid, e.start, e.end, e.allDay])).toEqual([
      ['SUP-002.due@cqc', '2026-11-20', '2026-11-21', true],
      ['SUP-002.return_by@cqc', '2026-12-01', '2026-12-02', true],
      ['NU-004.due.screening@cqc', '2026-12-31', '2027-01-01', true],
      ['MH-001.review_due@cqc', '2027-01-20', '2027-01-21', true],
      ['NU-004.due.weight-loss@cqc', '2027-01-31', '2027-02-01', true],
    ]);
    // IN-003 is open with no target: no date to put in a calendar.
    expect(parsed.some((e) => e.uid.startsWith('IN-003'))).toBe(false);
  });

  it('accepts --no-git, as check and export do, and gives the same calendar (it never reads the trail)', () => {
    expect(calendarOf(dir, ['--no-git'])).toBe(ics);
  });

  it('names the action and the kind in the title, and the title, location and what to do in the description', () => {
    expect(byUid.get('NU-004.due.screening@cqc')?.summary).toBe("NU-004 target due (screening): Nutrition screening on Zoë's unit, led by Siân Ó'Brien");
    expect(byUid.get('MH-001.review_due@cqc')?.summary).toBe('MH-001 post-closure review due: Moving and handling risk assessments missing for changing mobility');
    expect(byUid.get('SUP-002.return_by@cqc')?.summary).toBe('SUP-002 return to governance (held): Supervision records lack follow-up of agreed actions');
    expect(byUid.get('NU-004.due.screening@cqc')?.description).toBe([
      "Target due (screening) for NU-004: Nutrition screening on Zoë's unit, led by Siân Ó'Brien",
      'Location: Oak Lodge (oak-lodge)',
      'Owner: sian-obrien',
      'Target: People screened with MUST on admission and monthly, at least 95%',
      'What to do: record the latest measurement ("cqc evidence add NU-004"); once the goal is met and sustained, the reviewer recommends closure ("cqc recommend NU-004").',
    ].join('\n'));
    expect(byUid.get('MH-001.review_due@cqc')?.description).toContain('What to do: check that the improvement held since the closure on 2026-10-20.');
    expect(byUid.get('SUP-002.return_by@cqc')?.description).toContain('Held on 2026-11-05 by grace-okafor\nWhat to do: decide again');
  });

  it('is stamped with --as-of, not the clock, and is byte-identical on a second run', () => {
    expect(new Set(parsed.map((e) => e.stamp))).toEqual(new Set(['2026-11-15T00:00:00Z']));
    expect(calendarOf(dir)).toBe(ics);
  });

  it('keeps every other event exactly as it was when an unrelated action changes', () => {
    const spec = exchangeSpec();
    spec.actions['NU-004']!.title = 'Nutrition screening, now on two units';
    spec.actions['NU-004']!.targets![0]!.due = '2027-02-28';
    const changed = calendarOf(exchangeRepo(spec));
    const after = events(changed).map((e) => e.uid).sort();
    expect(after).toEqual(parsed.map((e) => e.uid).sort());
    for (const uid of ['SUP-002.due@cqc', 'SUP-002.return_by@cqc', 'MH-001.review_due@cqc']) expect(block(changed, uid)).toBe(block(ics, uid));
    expect(block(changed, 'NU-004.due.screening@cqc')).toContain('DTSTART;VALUE=DATE:20270228');
  });

  it('drops the review once a review that counts is recorded, but not for one that does not', () => {
    const spec = exchangeSpec();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-11-10', summary: 'Weekly audit after closure.', measurement: { value: 100 }, finding: 'supports' });
    const mh = spec.actions['MH-001']!;
    // By the owner: the post-closure-review rule does not accept it, so the review is still due.
    mh.post_closure = { review_due: '2027-01-20', reviews: [{ on: '2026-11-12', by: 'dan-jones', result: 'sustained', evidence: ['MH-001-E05'] }] };
    expect(events(calendarOf(exchangeRepo(spec))).map((e) => e.uid)).toContain('MH-001.review_due@cqc');
    // By a senior (MH-001 is high-risk), citing evidence from after the decision: it stands.
    mh.post_closure = { review_due: '2027-01-20', reviews: [{ on: '2026-11-12', by: 'ruth-adeyemi', result: 'sustained', evidence: ['MH-001-E05'] }] };
    expect(events(calendarOf(exchangeRepo(spec))).map((e) => e.uid)).not.toContain('MH-001.review_due@cqc');
  });

  it('a closed action has no due-date events, and --location keeps one location\'s events', () => {
    expect(parsed.some((e) => e.uid === 'MH-001.due@cqc')).toBe(false);
    // A provider-wide action with a due date belongs to no one location's calendar (as in cqc status --location).
    const spec = exchangeSpec();
    spec.actions['IN-003']!.target = { measure: 'Falls reviewed within 48 hours', unit: 'percent', goal: 100, direction: 'at_least', due: '2026-12-15' };
    const withProviderWide = exchangeRepo(spec);
    expect(events(calendarOf(withProviderWide)).map((e) => e.uid)).toContain('IN-003.due@cqc');
    const oak = events(calendarOf(withProviderWide, ['--location', 'oak-lodge'])).map((e) => e.uid);
    expect(oak).toEqual(['NU-004.due.screening@cqc', 'NU-004.due.weight-loss@cqc']);
  });

  it('writes the file with -o, saying how many events', () => {
    const r = cqc(['calendar', '--as-of', AS_OF, '-o', 'cqc.ics'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Wrote 5 events to ${join(dir, 'cqc.ics')}.\n`);
    expect(readFileSync(join(dir, 'cqc.ics'), 'utf8')).toBe(ics);
  });
});
