// The pack's decisions, reviews and reopenings come from the git trail, not the current file: a
// close later reopened and recommended again (which clears the closure block) must still appear,
// with who committed each step. Real git repositories with explicit authors and dates.
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { buildMeetingPack } from '../../src/report/meeting/pack.js';
import { meetingMarkdown } from '../../src/report/meeting/markdown.js';
import { ACTION, actionYaml, closedStory, evidenceYaml, grace, nadia, priya, tom } from '../audit/fixture.js';
import { cleanupRepos, writeFiles } from '../git/helpers.js';
import { closeReopenHold, REOPEN } from './trail-story.js';

afterAll(cleanupRepos);

async function packOf(dir: string, since: string, git = true) {
  return buildMeetingPack(await judge({ cwd: dir, git, asOf: '2026-11-26' }), { since });
}

describe('the pack reads governance from the git trail', () => {
  it('keeps a closure that was later reopened, the reopening, and the new decision, each with who committed it', async () => {
    const s = closeReopenHold();
    const pack = await packOf(s.dir, '2026-10-01');
    expect(pack.record.source).toBe('git');
    expect(pack.record.note).toBeUndefined();

    expect(pack.record.decisions.map((d) => [d.decision, d.decidedOn, d.decider?.id, d.commit?.author, d.afterwards])).toEqual([
      ['close', '2026-10-20', 'grace-okafor', 'Grace Okafor', 'reopened on 2026-11-02'],
      ['hold', '2026-11-23', 'tom-reed', 'Tom Reed', undefined],
    ]);
    const [close, hold] = pack.record.decisions;
    expect(close!.commit).toMatchObject({ person: 'grace-okafor', notNamed: false, when: '20 Oct 2026, 10:00' });
    expect(close!.evidenceReviewed).toEqual(['MH-001-E01', 'MH-001-E02', 'MH-001-E03']);
    expect(hold).toMatchObject({ returnBy: '2026-12-21', minutes: 'Governance minutes 23 November 2026, item 4', recommendedOn: '2026-11-16' });
    expect(hold!.commit).toMatchObject({ person: 'tom-reed', notNamed: false, when: '23 Nov 2026, 14:05' });
    expect(hold!.commit!.commit).toMatch(/^[0-9a-f]{40}$/);

    expect(pack.record.reopenings).toHaveLength(1);
    expect(pack.record.reopenings[0]).toMatchObject({ id: 'MH-001', on: '2026-11-02', reason: REOPEN.reason, by: { id: 'priya-patel', name: 'Priya Patel' } });
    // 10:15 UTC on 2 November is 10:15 in London (GMT); on 20 October it was BST, so 09:00 UTC read 10:00.
    expect(pack.record.reopenings[0]!.commit).toMatchObject({ author: 'Priya Patel', person: 'priya-patel', notNamed: false, when: '2 Nov 2026, 10:15' });

    const md = meetingMarkdown(pack);
    expect(md).toContain('| MH-001 | Closed; since reopened on 2026-11-02 | 2026-10-20 |');
    expect(md).toMatch(/\| MH-001 \| Held in monitoring, return by 2026-12-21 \| 2026-11-23 \|.*\| Tom Reed, 23 Nov 2026, 14:05, commit [0-9a-f]{10} \|/);
    expect(md).toMatch(/## Reopened since 2026-10-01\n\n\| Action \| Reopened on \| By \| Reason \| Recorded in git \|\n\|---\|---\|---\|---\|---\|\n\| MH-001 \| 2026-11-02 \| Priya Patel \(registered-manager\) \| Fall during a transfer linked to an outdated assessment \| Priya Patel, 2 Nov 2026, 10:15, commit [0-9a-f]{10} \|/);
  });

  it('without git shows only what the file still holds, and says the rest is missing', async () => {
    const s = closeReopenHold();
    const pack = await packOf(s.dir, '2026-10-01', false);
    expect(pack.record.source).toBe('files');
    // The close of 20 October was cleared from the file by the new recommendation.
    expect(pack.record.decisions.map((d) => [d.decision, d.decidedOn])).toEqual([['hold', '2026-11-23']]);
    expect(pack.record.decisions[0]!.commit).toBeUndefined();
    expect(pack.record.note).toMatch(/^Git rules skipped \(--no-git\).*a decision later replaced in the file \(for example closed, then reopened and recommended again\) is missing/);
    expect(meetingMarkdown(pack)).toContain('| from the file (git not read) |');
  });

  it('says when the person who committed a decision is not the person it names', async () => {
    const s = closeReopenHold(nadia);
    const hold = (await packOf(s.dir, '2026-11-01')).record.decisions.find((d) => d.decision === 'hold')!;
    expect(hold.decider?.id).toBe('tom-reed');
    expect(hold.commit).toMatchObject({ author: 'Nadia Hussain', person: 'nadia-hussain', notNamed: true });
    expect(meetingMarkdown(await packOf(s.dir, '2026-11-01'))).toMatch(/\| Nadia Hussain, not the person named, 23 Nov 2026, 14:05, commit /);
  });

  it('lists only the steps of the period: by the date recorded, or by the day committed', async () => {
    const s = closeReopenHold();
    const pack = await packOf(s.dir, '2026-11-01');
    expect(pack.record.decisions.map((d) => d.decision)).toEqual(['hold']);
    expect(pack.record.reopenings.map((r) => r.on)).toEqual(['2026-11-02']);
    // A decision dated before the period but committed in it is news to this meeting.
    const late = closedStory();
    late.commit(grace, '2026-11-05', { [ACTION]: actionYaml('closed', (a) => { a.closure!.minutes = 'Corrected minutes reference'; a.closure!.decided_on = '2026-10-21'; }) }, 'MH-001: decision date corrected');
    const latePack = await packOf(late.dir, '2026-11-01');
    expect(latePack.record.decisions.map((d) => [d.decidedOn, d.commit?.when])).toEqual([['2026-10-21', '5 Nov 2026, 09:00']]);
  });

  it('shows a post-closure review from git, and a step in the file not yet committed as outside the trail', async () => {
    const s = closedStory();
    const review = { on: '2026-11-20', by: 'tom-reed', result: 'sustained' as const, evidence: ['MH-001-E04'] };
    s.commit(priya, '2026-11-19', { 'evidence/MH-001/MH-001-E04.yaml': evidenceYaml('MH-001-E04', 'audit', '2026-11-19') }, 'MH-001: audit after closure');
    s.commit(tom, '2026-11-20', { [ACTION]: actionYaml('closed', (a) => { a.post_closure!.reviews = [review]; }) }, 'MH-001: post-closure review');
    writeFiles(s.repo, { [ACTION]: actionYaml('closed', (a) => { a.post_closure!.reviews = [review, { on: '2026-11-25', by: 'priya-patel', result: 'deteriorated', note: 'Two files out of date' }]; }) });
    const pack = await packOf(s.dir, '2026-11-01');
    expect(pack.record.reviews.map((r) => [r.on, r.by?.id, r.result, r.commit?.author ?? null, r.uncommitted ?? false])).toEqual([
      ['2026-11-20', 'tom-reed', 'sustained', 'Tom Reed', false],
      ['2026-11-25', 'priya-patel', 'deteriorated', null, true],
    ]);
    expect(pack.record.reviews[0]!.evidence).toEqual(['MH-001-E04']);
    expect(meetingMarkdown(pack)).toContain('| MH-001 | 2026-11-25 | Priya Patel (registered-manager) | **deteriorated**: Two files out of date | none cited | not committed yet: outside the audit trail |');
  });
});
