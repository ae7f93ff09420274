// CQC groups evidence into six categories. Reports show the category of each evidence item so a
// governance meeting can see at a glance whether closure rests on more than paperwork.

export const EVIDENCE_CATEGORIES = [
  "People's experience of health and care services",
  'Feedback from staff and leaders',
  'Feedback from partners',
  'Observation',
  'Processes',
  'Outcomes',
] as const;

export type EvidenceCategory = (typeof EVIDENCE_CATEGORIES)[number];

const [PEOPLES_EXPERIENCE, STAFF_FEEDBACK, PARTNER_FEEDBACK, OBSERVATION, PROCESSES, OUTCOMES] = EVIDENCE_CATEGORIES;

const BY_TYPE: ReadonlyMap<string, EvidenceCategory> = new Map([
  ['audit', PROCESSES],
  ['care_record', PROCESSES],
  ['minutes', PROCESSES],
  ['training', PROCESSES],
  ['observation', OBSERVATION],
  ['trend', OUTCOMES],
  ['incident', OUTCOMES],
]);

const FEEDBACK_BY_FROM: ReadonlyMap<string, EvidenceCategory> = new Map([
  ['people', PEOPLES_EXPERIENCE],
  ['staff', STAFF_FEEDBACK],
  ['partners', PARTNER_FEEDBACK],
]);

/**
 * The CQC evidence category for an evidence `type` (and, for feedback, who it came `from`).
 * Feedback with no `from` is taken as people's experience, the most common source.
 * `other` and unknown types count as Processes: they are documents about how the service runs.
 */
export function evidenceCategory(type: string, from?: string): EvidenceCategory {
  if (type === 'feedback') {
    return FEEDBACK_BY_FROM.get(from ?? 'people') ?? PEOPLES_EXPERIENCE;
  }
  return BY_TYPE.get(type) ?? PROCESSES;
}
