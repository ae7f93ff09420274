// Issue 11, what counts as a closure: a status set to closed needs a current decision to close, and
// every step the record attributes to a person (the closure itself, a hold, a review, a reopening)
// must be that person's own commit. Real git histories, judged by the built CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, git, makeSshKey } from '../git/helpers.js';
import { lineOf } from '../helpers/repo.js';
import { cqc } from '../helpers/cli.js';
import { ACTION, actionYaml, closedStory, configYaml, dan, grace, peopleYaml, priya, recommendedStory } from '../audit/fixture.js';
import type { Action } from '../../src/model.js';
import { asPerson, check, gate, rulesOf } from './gate-fixture.js';

afterAll(cleanupRepos);

const text = (dir: string) => readFileSync(join(dir, ACTION), 'utf8');

describe('closure-decision: a closed status needs a current decision to close', () => {
  it('catches the owner setting status: closed with no decision at all', () => {
    const s = recommendedStory();
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('recommended', (a) => { a.status = 'closed'; a.post_closure = { review_due: '2027-01-20' }; }) }, 'MH-001: done');
    const { code, report } = check(s.dir);
    expect(code).toBe(1);
    const found = gate(report);
    expect(rulesOf(found)).toEqual(['closure-decision']);
    expect(found[0]).toMatchObject({ file: ACTION, action: 'MH-001', line: lineOf(text(s.dir), 'status: closed') });
    expect(found[0]!.message).toMatch(/^MH-001 is closed, but no closure decision is recorded\. .*"cqc close MH-001"/);
  });

  it('catches a closure resting on a decision taken before the latest reopening', () => {
    const s = closedStory();
    const reopened = (a: Action) => { a.reopened = [{ on: '2026-10-28', by: 'priya-patel', reason: 'Fall during transfer' }]; };
    s.commit(priya, '2026-10-28', { [ACTION]: actionYaml('closed', (a) => { reopened(a); a.status = 'in_progress'; }) }, 'MH-001: reopen');
    s.commit(priya, '2026-10-29', { [ACTION]: actionYaml('closed', (a) => { reopened(a); a.status = 'monitoring'; }) }, 'MH-001: back to monitoring');
    // The decider herself flips it back, but her decision predates the reopening.
    s.commit(grace, '2026-11-02', { [ACTION]: actionYaml('closed', reopened) }, 'MH-001: closed again');
    const found = gate(check(s.dir, '2026-11-03').report);
    expect(rulesOf(found)).toEqual(['closure-decision']);
    expect(found[0]!.message).toMatch(/the decision is dated 2026-10-20, on or before its latest reopening on 2026-10-28: a decision taken before a reopen never closes the action again/);
  });

  it('catches a decision dated before the recommendation it decides on', () => {
    const s = recommendedStory();
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed', (a) => { a.closure!.decided_on = '2026-10-10'; }) }, 'MH-001: close');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['closure-decision']);
    expect(found[0]).toMatchObject({ line: lineOf(text(s.dir), 'decided_on:') });
    expect(found[0]!.message).toMatch(/dated 2026-10-10, before the recommendation it decides on \(2026-10-14\)/);
  });
});

describe('closure-attribution v2: every attributed step is its person\'s own commit', () => {
  it('catches a status moved into closed by someone other than the decider', () => {
    const s = recommendedStory();
    // Grace records her decision but leaves the status; Dan closes it the next day.
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed', (a) => { a.status = 'monitoring'; }) }, 'MH-001: decision');
    s.commit(dan, '2026-10-21', { [ACTION]: actionYaml('closed') }, 'MH-001: closed');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['closure-attribution']);
    expect(found[0]).toMatchObject({ line: lineOf(text(s.dir), 'status: closed') });
    expect(found[0]!.message).toMatch(/^MH-001 was set to closed in commit [0-9a-f]{7} \(2026-10-21, by dan-jones\), not by grace-okafor, but its closure decision names Grace Okafor/);
  });

  it('catches a post-closure review and a reopening committed by someone other than the person named', () => {
    const s = closedStory();
    s.commit(dan, '2026-12-01', { [ACTION]: actionYaml('closed', (a) => { a.post_closure!.reviews = [{ on: '2026-12-01', by: 'grace-okafor', result: 'sustained' }]; }) }, 'review for Grace');
    s.commit(dan, '2026-12-05', { [ACTION]: actionYaml('closed', (a) => {
      a.post_closure!.reviews = [{ on: '2026-12-01', by: 'grace-okafor', result: 'sustained' }];
      a.reopened = [{ on: '2026-12-05', by: 'priya-patel', reason: 'Missing assessment found' }];
      a.status = 'in_progress';
    }) }, 'reopen for Priya');
    const found = gate(check(s.dir, '2026-12-06').report);
    expect(rulesOf(found)).toEqual(['closure-attribution', 'closure-attribution']);
    const [review, reopen] = found;
    expect(review!.message).toMatch(/^The post-closure review on MH-001 dated 2026-12-01 names Grace Okafor \(grace-okafor\), but it was recorded by commit [0-9a-f]{7} \(2026-12-01, by dan-jones\)/);
    expect(reopen!.message).toMatch(/^The reopening on MH-001 dated 2026-12-05 names Priya Patel \(priya-patel\), but it was recorded by commit [0-9a-f]{7} \(2026-12-05, by dan-jones\)/);
    expect(review!.line).toBeLessThan(reopen!.line!);
  });

  it('catches a hold whose return date someone else moved', () => {
    const s = recommendedStory();
    const held = (returnBy: string) => actionYaml('recommended', (a) => { Object.assign(a.closure!, { decided_by: 'grace-okafor', decided_on: '2026-10-20', decision: 'hold', return_by: returnBy }); });
    s.commit(grace, '2026-10-20', { [ACTION]: held('2026-11-17') }, 'MH-001: held');
    expect(gate(check(s.dir).report)).toEqual([]);
    s.commit(dan, '2026-11-10', { [ACTION]: held('2027-03-01') }, 'MH-001: more time');
    const found = gate(check(s.dir, '2026-11-11').report);
    expect(rulesOf(found)).toEqual(['closure-attribution']);
    expect(found[0]!.message).toMatch(/^The hold decision on MH-001 names Grace Okafor \(grace-okafor\), but it was recorded by commit [0-9a-f]{7} \(2026-11-10, by dan-jones\)/);
  });
});

describe('writing steps never write what cqc check would reject', () => {
  it('cqc close --by X --commit refuses when git\'s identity is someone else: exit 1, nothing written', () => {
    const s = recommendedStory();
    const before = text(s.dir);
    const head = git(s.dir, ['rev-parse', 'HEAD']).trim();
    const r = cqc(['close', 'MH-001', '--by', 'grace-okafor', '--on', '2026-10-20', '--commit'], { cwd: s.dir, env: asPerson(priya, '2026-10-20T10:00:00Z') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Nothing was written/);
    expect(r.stderr).toMatch(/the audit trail counts it only when that commit is by Grace Okafor \(grace-okafor\), the person it names; but git would author it as Priya Patel <priya\.patel@example\.org>, that is Priya Patel \(priya-patel\)/);
    expect(r.stderr).toMatch(/GIT_AUTHOR_EMAIL=grace\.okafor@example\.org/);
    expect(text(s.dir)).toBe(before);
    expect(git(s.dir, ['rev-parse', 'HEAD']).trim()).toBe(head);
    // Grace herself records it: one commit, hers, that check accepts.
    const own = cqc(['close', 'MH-001', '--on', '2026-10-20', '--commit'], { cwd: s.dir, env: asPerson(grace, '2026-10-20T10:00:00Z') });
    expect(own.stderr).toBe('');
    expect(own.code).toBe(0);
    expect(git(s.dir, ['log', '-1', '--format=%ae']).trim()).toBe(grace.email);
    expect(gate(check(s.dir).report)).toEqual([]);
  });

  it('in signed mode, cqc close --commit signs the decision, and refuses while git has no signing key', () => {
    const key = makeSshKey('grace');
    const s = recommendedStory(undefined, {
      config: configYaml({ require_signed_closures: true }),
      people: peopleYaml((p) => { p[2]!.signing_keys = [key.publicKey]; }),
    });
    const asGrace = { cwd: s.dir, env: asPerson(grace, '2026-10-20T10:00:00Z') };
    const before = text(s.dir);
    const refused = cqc(['close', 'MH-001', '--on', '2026-10-20', '--commit'], asGrace);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/policy\.require_signed_closures is on, so --commit signs the commit with Grace Okafor \(grace-okafor\)'s own key, but git has no signing key set/);
    expect(text(s.dir)).toBe(before);
    git(s.dir, ['config', 'gpg.format', 'ssh']);
    git(s.dir, ['config', 'user.signingkey', key.privateKey]);
    const signed = cqc(['close', 'MH-001', '--on', '2026-10-20', '--commit'], asGrace);
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    expect(git(s.dir, ['cat-file', 'commit', 'HEAD'])).toMatch(/^gpgsig -----BEGIN SSH SIGNATURE-----/m);
    expect(gate(check(s.dir).report)).toEqual([]);
  });

  it('recommend, hold, reopen and review refuse the same way', () => {
    const s = recommendedStory();
    const asDan = { cwd: s.dir, env: asPerson(dan, '2026-10-20T10:00:00Z') };
    for (const args of [['recommend', 'MH-001', '--by', 'priya-patel'], ['hold', 'MH-001', '--by', 'grace-okafor'], ['reopen', 'MH-001', '--by', 'priya-patel', '--reason', 'Fall']]) {
      const r = cqc([...args, '--on', '2026-10-20', '--commit'], asDan);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/git would author it as Dan Jones <dan\.jones@example\.org>, that is Dan Jones \(dan-jones\)/);
    }
    const closed = closedStory();
    const review = cqc(['review', 'MH-001', '--result', 'sustained', '--by', 'grace-okafor', '--on', '2026-11-20', '--commit'], { cwd: closed.dir, env: asPerson(dan, '2026-11-20T10:00:00Z') });
    expect(review.code).toBe(1);
    expect(review.stderr).toMatch(/commit is by Grace Okafor \(grace-okafor\)/);
    expect(git(s.dir, ['status', '--porcelain'])).toBe('');
    expect(git(closed.dir, ['status', '--porcelain'])).toBe('');
  });
});

describe('cqc audit shows holds, post-closure reviews and reopenings with who made each', () => {
  it('lists them beside the decisions, flagging the one committed by someone else', () => {
    const s = recommendedStory();
    s.commit(grace, '2026-10-16', { [ACTION]: actionYaml('recommended', (a) => { Object.assign(a.closure!, { decided_by: 'grace-okafor', decided_on: '2026-10-16', decision: 'hold', return_by: '2026-10-30' }); }) }, 'MH-001: held');
    s.commit(priya, '2026-10-19', { [ACTION]: actionYaml('recommended', (a) => { a.closure!.recommended_on = '2026-10-19'; }) }, 'MH-001: recommend again');
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed', (a) => { a.closure!.recommended_on = '2026-10-19'; }) }, 'MH-001: closed');
    const reviewed = (a: Action) => {
      a.closure!.recommended_on = '2026-10-19';
      a.post_closure!.reviews = [{ on: '2026-12-01', by: 'tom-reed', result: 'deteriorated' }];
    };
    s.commit(dan, '2026-12-01', { [ACTION]: actionYaml('closed', reviewed) }, 'review for Tom');
    s.commit(priya, '2026-12-02', { [ACTION]: actionYaml('closed', (a) => { reviewed(a); a.status = 'in_progress'; a.reopened = [{ on: '2026-12-02', by: 'priya-patel', reason: 'Review found falls' }]; }) }, 'reopen');
    const r = cqc(['audit', '--format', 'json', '--as-of', '2026-12-03'], { cwd: s.dir });
    expect(r.code).toBe(0);
    const rows = (JSON.parse(r.stdout) as { decisions: Record<string, unknown>[] }).decisions;
    expect(rows.map((d) => [d.kind, d.decision, d.decidedBy, (d.decided as { author: { id?: string } }).author.id, d.mismatch])).toEqual([
      ['decision', 'hold', 'grace-okafor', 'grace-okafor', false],
      ['decision', 'close', 'grace-okafor', 'grace-okafor', false],
      ['review', 'deteriorated', 'tom-reed', 'dan-jones', true],
      ['reopen', 'reopened', 'priya-patel', 'priya-patel', false],
    ]);
    const table = cqc(['audit', '--as-of', '2026-12-03'], { cwd: s.dir }).stdout;
    // The review's row: its step, nobody recommending it, and who it names (the table wraps to the width).
    const reviewRow = table.slice(table.indexOf('│ MH-001 │ post-closure'), table.indexOf('committed by dan-jones'));
    expect(reviewRow.replace(/[│\s]+/g, ' ')).toMatch(/MH-001 post-closure review: deteriorated tom-reed .*\(provider-quality-lead\)/);
    expect(table).toMatch(/committed by dan-jones/);
    const timeline = JSON.parse(cqc(['audit', 'MH-001', '--format', 'json', '--as-of', '2026-12-03'], { cwd: s.dir }).stdout) as { events: Record<string, unknown>[] };
    const steps = timeline.events.filter((e) => ['decided', 'review', 'reopened'].includes(e.event as string));
    expect(steps.map((e) => [e.detail, e.named, e.mismatch])).toEqual([
      ['closure decided (hold) on 2026-10-16 by grace-okafor, to return by 2026-10-30', 'grace-okafor', false],
      ['closure decided (close) on 2026-10-20 by grace-okafor', 'grace-okafor', false],
      ['post-closure review on 2026-12-01: deteriorated', 'tom-reed', true],
      ['reopened on 2026-12-02: Review found falls', 'priya-patel', false],
    ]);
  });
});
