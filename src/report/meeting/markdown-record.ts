// The Markdown sections about governance in the period (decisions, reviews and reopenings from the
// audit trail, with who committed each), then what falls due and what must reopen.
import type { MeetingPack } from './types.js';
import { cell } from '../check/markdown.js';
import { decisionText, personText, recordedText, reviewWhen, statusText } from './words.js';

export function recordMarkdown(pack: MeetingPack): string[] {
  const { record, since } = pack;
  const out: string[] = [];
  out.push(`## Closure decisions since ${since}`, '');
  if (record.note) out.push(`Note: ${cell(record.note)}`, '');
  if (record.decisions.length === 0) out.push(`No closure decisions recorded since ${since}.`, '');
  else {
    out.push('| Action | Decision | Decided on | Recommended by | Decided by | Evidence reviewed and minutes | Recorded in git |', '|---|---|---|---|---|---|---|');
    for (const d of record.decisions) {
      const evidence = [d.evidenceReviewed.join(', ') || 'none listed', d.minutes ?? ''].filter(Boolean).join('; ');
      out.push(`| ${cell(d.id)} | ${cell(decisionText(d))} | ${d.decidedOn ?? ''} | ${cell(personText(d.recommender))}${d.recommendedOn ? ` on ${d.recommendedOn}` : ''} | ${cell(personText(d.decider))} | ${cell(evidence)} | ${cell(recordedText(d, record.source))} |`);
    }
    out.push('');
  }

  out.push(`## Post-closure reviews since ${since}`, '');
  if (record.reviews.length === 0) out.push(`No post-closure review recorded since ${since}.`, '');
  else {
    out.push('| Action | Reviewed on | By | Result | Evidence looked at | Recorded in git |', '|---|---|---|---|---|---|');
    for (const r of record.reviews) {
      const result = r.result === 'deteriorated' ? '**deteriorated**' : 'sustained';
      out.push(`| ${cell(r.id)} | ${r.on} | ${cell(personText(r.by))} | ${result}${r.note ? `: ${cell(r.note)}` : ''} | ${cell(r.evidence.join(', ') || 'none cited')} | ${cell(recordedText(r, record.source))} |`);
    }
    out.push('');
  }

  out.push(`## Reopened since ${since}`, '');
  if (record.reopenings.length === 0) out.push(`No action was reopened since ${since}.`, '');
  else {
    out.push('| Action | Reopened on | By | Reason | Recorded in git |', '|---|---|---|---|---|');
    for (const r of record.reopenings) out.push(`| ${cell(r.id)} | ${r.on} | ${cell(personText(r.by))} | ${cell(r.reason)} | ${cell(recordedText(r, record.source))} |`);
    out.push('');
  }

  out.push('## Post-closure reviews falling due', '');
  if (pack.reviewsDue.length === 0) out.push('No post-closure review is overdue or due in the next 30 days.', '');
  else {
    out.push('| Action | Title | Review due | When |', '|---|---|---|---|');
    for (const r of pack.reviewsDue) out.push(`| ${cell(r.id)} | ${cell(r.title)} | ${r.reviewDue} | ${r.overdue ? `**${reviewWhen(r)}**` : reviewWhen(r)} |`);
    out.push('');
  }

  out.push('## Reopen triggers hit', '');
  if (pack.reopen.length === 0) out.push('No closed action has a reason on record to reopen.', '');
  for (const r of pack.reopen) {
    out.push(`### ${cell(r.id)}: ${cell(r.title)}`, '', ...r.reasons.map((m) => `- ${cell(m)}`));
    if (r.agreedTriggers.length) out.push(`- Agreed reopen triggers: ${cell(r.agreedTriggers.join('; '))}`);
    out.push('');
  }
  if (pack.concerns.length) {
    out.push(`### Concerns recorded since ${since} on actions not yet closed`, '');
    for (const c of pack.concerns) {
      for (const e of c.evidence) out.push(`- ${cell(c.id)} (${cell(statusText(c.status))}): ${cell(e.id)}, ${cell(statusText(e.type))} on ${e.date}: ${cell(e.summary)}`);
      if (c.warningSigns.length) out.push(`  - Warning signs agreed for ${cell(c.id)}: ${cell(c.warningSigns.join('; '))}`);
    }
    out.push('');
  }
  return out;
}
