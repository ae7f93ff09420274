import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { buildMeetingPack } from '../../src/report/meeting/pack.js';
import { meetingHtml } from '../../src/report/meeting/html.js';
import { AS_OF, writeFixture } from './fixture.js';

async function htmlOf(extra: Record<string, string> = {}) {
  const outcome = await judge({ cwd: writeFixture(extra), git: false, asOf: AS_OF });
  return { outcome, html: meetingHtml(buildMeetingPack(outcome)) };
}

describe('meeting pack as HTML', () => {
  it('is one self-contained file: no scripts, nothing to fetch, a CSP that forbids fetching', async () => {
    const { html } = await htmlOf();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(html.match(/https?:\/\/[^"\s<]+/g)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it('prints on A4 with page-break rules and shows RAG as words', async () => {
    const { html } = await htmlOf();
    expect(html).toMatch(/@page\s*{\s*size:\s*A4;\s*margin:/);
    expect(html).toMatch(/break-inside:\s*avoid/);
    expect(html).toMatch(/@media print/);
    expect(html).toContain('<span class="rag rag-red">RED</span>');
    expect(html).toContain('<span class="rag rag-green">GREEN</span>');
  });

  it('carries the counts of cqc check in data attributes', async () => {
    const { html, outcome } = await htmlOf();
    const s = outcome.report.summary;
    for (const [key, value] of Object.entries({ actions: s.actions, evidence: s.evidence, errors: s.errors, warnings: s.warnings, waived: s.waived })) {
      expect(html).toContain(`id="count-${key}" data-count="${key}" data-value="${value}"`);
    }
    expect(html).toContain('data-count="ready" data-value="1"');
    expect(html).toContain('<tr data-status="closed" data-value="2">');
    expect(html).toContain('<tr data-rag="red" data-value="2">');
  });

  it('escapes every piece of record text', async () => {
    const { html } = await htmlOf({ 'actions/FALL-001.yaml': writeFixtureTitle('Falls <script>alert("x")</script> & "quotes"') });
    expect(html).not.toContain('<script>');
    expect(html).toContain('Falls &lt;script&gt;alert("x")&lt;/script&gt; &amp; "quotes"');
    expect(html).toContain('Rose &amp; Thorn &lt;Care&gt; Ltd');
    expect(html).toContain('Staff unsure &lt;b&gt;when&lt;/b&gt; to refer');
  });

  it('has one SPC chart per measured target, each with a title, a description and the verdict', async () => {
    const { html } = await htmlOf();
    expect(html.match(/<svg [^>]*class="spc-chart"/g)).toHaveLength(4);
    expect(html.match(/<figure class="chart" data-action="[A-Z0-9-]+"/g)).toHaveLength(4);
    expect(html).toContain('<title id="spc-WAIT-001-target-title">WAIT-001: Days from weight loss to GP referral</title>');
    expect(html.match(/<svg [^>]*class="spc-icon variation unknown"/g)).toHaveLength(4);
    expect(html).toContain('<p>Too few measurements for SPC (2 of 12 dates); no variation or assurance verdict yet.</p>');
  });
});

function writeFixtureTitle(title: string): string {
  return `id: FALL-001
title: '${title}'
location: rose-house
raised: 2026-09-01
owner: dan-jones
status: open
`;
}
