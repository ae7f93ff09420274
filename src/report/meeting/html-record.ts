// The HTML sections read from the audit trail: closure decisions, post-closure reviews and
// reopenings in the period, each with who committed it and when (UK time).
import type { GovernanceRecord, MeetingPack } from './types.js';
import { attr, date, empty, h, HTML_MARKS, id, ids, section } from './html-parts.js';
import { decisionText, personText, recordedText } from './words.js';

function sourceNote(record: GovernanceRecord): string {
  return record.note ? `<p class="note">${h(record.note)}</p>` : '';
}

export function decisionsSection(pack: MeetingPack): string {
  const { record } = pack;
  const heading = `Closure decisions since ${pack.since}`;
  if (record.decisions.length === 0) return section('decisions', heading, `${sourceNote(record)}${empty(`No closure decisions recorded since ${pack.since}.`)}`);
  return section('decisions', heading, `${sourceNote(record)}<table class="record"><thead><tr><th>Action</th><th>Decision</th><th>Recommended</th><th>Decided</th><th>Evidence reviewed and minutes</th><th>Recorded in git</th></tr></thead><tbody>
${record.decisions.map((d) => `<tr data-action="${attr(d.id)}" data-decision="${d.decision}"${d.afterwards ? ' data-later="true"' : ''}><td>${id(d.id)}<br><span class="meta">${h(d.title)}</span></td><td>${h(decisionText(d))}</td><td>${d.recommendedOn ? `${date(d.recommendedOn)}<br>` : ''}by ${h(personText(d.recommender))}</td><td>${d.decidedOn ? `${date(d.decidedOn)}<br>` : ''}by ${h(personText(d.decider))}</td><td>${d.evidenceReviewed.length ? ids(d.evidenceReviewed) : '<span class="meta">none listed</span>'}${d.minutes ? `<br>${h(d.minutes)}` : ''}</td><td>${recordedText(d, record.source, HTML_MARKS)}</td></tr>`).join('\n')}
</tbody></table>`);
}

export function reviewsSection(pack: MeetingPack): string {
  const { record } = pack;
  const heading = `Post-closure reviews since ${pack.since}`;
  if (record.reviews.length === 0) return section('reviews', heading, empty(`No post-closure review recorded since ${pack.since}.`));
  return section('reviews', heading, `<table class="record"><thead><tr><th>Action</th><th>Reviewed</th><th>Result</th><th>Evidence looked at</th><th>Recorded in git</th></tr></thead><tbody>
${record.reviews.map((r) => `<tr data-action="${attr(r.id)}" data-result="${r.result}"><td>${id(r.id)}<br><span class="meta">${h(r.title)}</span></td><td>${date(r.on)}<br>by ${h(personText(r.by))}</td><td${r.result === 'deteriorated' ? ' class="overdue"' : ''}>${h(r.result)}${r.note ? `<br><span class="meta">${h(r.note)}</span>` : ''}</td><td>${r.evidence.length ? ids(r.evidence) : '<span class="meta">none cited</span>'}</td><td>${recordedText(r, record.source, HTML_MARKS)}</td></tr>`).join('\n')}
</tbody></table>`);
}

export function reopeningsSection(pack: MeetingPack): string {
  const { record } = pack;
  const heading = `Reopened since ${pack.since}`;
  if (record.reopenings.length === 0) return section('reopened', heading, empty(`No action was reopened since ${pack.since}.`));
  return section('reopened', heading, `<table class="record"><thead><tr><th>Action</th><th>Reopened</th><th>Reason</th><th>Recorded in git</th></tr></thead><tbody>
${record.reopenings.map((r) => `<tr data-action="${attr(r.id)}"><td>${id(r.id)}<br><span class="meta">${h(r.title)}</span></td><td>${date(r.on)}<br>by ${h(personText(r.by))}</td><td>${h(r.reason)}</td><td>${recordedText(r, record.source, HTML_MARKS)}</td></tr>`).join('\n')}
</tbody></table>`);
}
