import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { buildMeetingPack } from '../../src/report/meeting/pack.js';
import { meetingMarkdown } from '../../src/report/meeting/markdown.js';
import { AS_OF, writeFixture } from './fixture.js';

async function markdownOf(dir: string) {
  const outcome = await judge({ cwd: dir, git: false, asOf: AS_OF });
  return meetingMarkdown(buildMeetingPack(outcome));
}

/** The lines of one `## heading` section. */
function sectionOf(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}`);
  expect(start, `section ${heading}`).toBeGreaterThan(-1);
  const end = md.indexOf('\n## ', start + 4);
  return md.slice(start, end === -1 ? undefined : end);
}

describe('meeting pack as Markdown', () => {
  it('opens with the provider, the dates and the summary counts', async () => {
    const md = await markdownOf(writeFixture());
    expect(md.split('\n')[0]).toBe('# Governance meeting pack: Rose &amp; Thorn &lt;Care&gt; Ltd');
    expect(md).toContain('Dates judged as of **2026-11-26**. Decisions, reviews, reopenings and concerns since **2026-10-26**.');
    const summary = sectionOf(md, 'Summary');
    for (const row of ['| Actions | 4 |', '| Evidence items | 13 |', '| Errors | 1 |', '| Warnings | 1 |', '| Ready to close | 1 |', '| monitoring | 2 |', '| RED | 2 |', '| AMBER | 0 |', '| GREEN | 2 |']) {
      expect(summary).toContain(row);
    }
  });

  it('says what is ready and why, and what is blocked and by what', async () => {
    const md = await markdownOf(writeFixture());
    const ready = sectionOf(md, 'Ready to close');
    expect(ready).toContain('### FALL-001: Falls risk reviews &lt;not&gt; done after a fall');
    expect(ready).toContain('- Supporting evidence: audit, observation');
    expect(ready).toContain('FALL-001-E04 (2026-11-10) 95%, meets the goal');
    const blocked = sectionOf(md, 'Blocked');
    expect(blocked).toContain('### WAIT-001: Slow GP referral after weight loss (monitoring, RED)');
    expect(blocked).toMatch(/- WAIT-001 must meet its goal of at most 2 days .* `target-not-sustained`/);
    expect(blocked).not.toContain('FALL-001');
  });

  it('shows decisions with roles and evidence reviewed, saying they come from the files without git', async () => {
    const dir = writeFixture();
    const decisions = sectionOf(await markdownOf(dir), 'Closure decisions since 2026-10-26');
    expect(decisions).toContain('Note: Git rules skipped (--no-git)');
    expect(decisions).toContain('| MED-001 | Closed | 2026-11-10 | Priya Patel (registered-manager) on 2026-11-05 | Grace Okafor (nominated-individual) | MED-001-E01, MED-001-E02, MED-001-E03; Governance minutes 10 November 2026, item 2 | from the file (git not read) |');
  });

  it('lists reviews due, reopen triggers hit, concerns, and a measurement table per measured action', async () => {
    const md = await markdownOf(writeFixture());
    expect(sectionOf(md, 'Post-closure reviews falling due')).toContain('| MED-001 | Medicine records incomplete | 2026-12-10 | due in 14 days |');
    const reopen = sectionOf(md, 'Reopen triggers hit');
    expect(reopen).toContain('### SAFE-001: Bed rails checks missed');
    expect(reopen).toContain('- Agreed reopen triggers: Any bed rail incident');
    expect(reopen).toContain('WAIT-001-E03, feedback on 2026-11-15: Staff unsure &lt;b&gt;when&lt;/b&gt; to refer');
    const measures = sectionOf(md, 'Measurements against target');
    expect(measures.match(/^### /gm)).toHaveLength(4);
    expect(measures).toContain('| WAIT-001-E01 | 2026-10-05 | 6 days | **misses** |  |');
    expect(measures).toContain('| WAIT-001-E02 | 2026-11-05 | 1 day | meets |  |');
    expect(measures).toContain('Goal: at most 2 days. SPC: Too few measurements for SPC (2 of 12 dates); no variation or assurance verdict yet.');
  });

  it('shows the CQC evidence categories of each action', async () => {
    const actions = sectionOf(await markdownOf(writeFixture()), 'Actions');
    expect(actions).toMatch(/\| WAIT-001 \|.*\| RED \| 2026-11-01 \|.*Feedback from staff and leaders \(0 of 1 item supporting\); Outcomes \(2 of 2 items supporting\) \|/);
  });

  it('says plainly when there is nothing to report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cqc-meeting-empty-'));
    writeFileSync(join(dir, 'cqc.yaml'), 'provider: Empty Care\n');
    writeFileSync(join(dir, 'people.yaml'), 'people: []\n');
    const md = await markdownOf(dir);
    expect(md).toContain('No actions are recorded yet.');
    expect(md).toContain('Nothing is ready to close today.');
    expect(md).toContain('No closure decisions recorded since 2026-10-26.');
    expect(md).toContain('No post-closure review is overdue or due in the next 30 days.');
    expect(md).toContain('No action has measurements recorded yet.');
  });
});
