// CQC groups evidence into six categories. Closure needs supporting evidence from more than one of
// them (evidence-categories), so an audit, a training record and a set of minutes (all processes)
// never close an action on paperwork alone; reports show each item's category for the same reason.
// The mapping from evidence types is fixed by the contract (SPEC v2) and is data, not judgement.

/** The category ids SPEC names, in CQC's order. */
export const EVIDENCE_CATEGORY_IDS = ['people', 'staff', 'partners', 'observation', 'processes', 'outcomes'] as const;

export type EvidenceCategoryId = (typeof EVIDENCE_CATEGORY_IDS)[number];

/** CQC's own names for the six categories, in the same order as their ids. */
export const EVIDENCE_CATEGORIES = [
  "People's experience of health and care services",
  'Feedback from staff and leaders',
  'Feedback from partners',
  'Observation',
  'Processes',
  'Outcomes',
] as const;

export type EvidenceCategory = (typeof EVIDENCE_CATEGORIES)[number];

const BY_TYPE: ReadonlyMap<string, EvidenceCategoryId> = new Map([
  ['audit', 'processes'],
  ['care_record', 'processes'],
  ['minutes', 'processes'],
  ['training', 'processes'],
  ['observation', 'observation'],
  ['trend', 'outcomes'],
  ['incident', 'outcomes'],
]);

const FEEDBACK_FROM: ReadonlyMap<string, EvidenceCategoryId> = new Map([
  ['people', 'people'],
  ['staff', 'staff'],
  ['partners', 'partners'],
]);

/**
 * The category id of an evidence `type` (and, for feedback, who it came `from`), or undefined when
 * it has none: `other` is in no category, and feedback without `from` cannot be placed (the schema
 * requires `from` on feedback, so that only happens in a record that is already reported).
 */
export function evidenceCategoryId(type: string, from?: string): EvidenceCategoryId | undefined {
  if (type === 'feedback') return from === undefined ? undefined : FEEDBACK_FROM.get(from);
  return BY_TYPE.get(type);
}

/** CQC's name for a category id. */
export function categoryName(id: EvidenceCategoryId): EvidenceCategory {
  return EVIDENCE_CATEGORIES[EVIDENCE_CATEGORY_IDS.indexOf(id)]!;
}

/** CQC's name for the category of an evidence type, or undefined when it has none. */
export function evidenceCategory(type: string, from?: string): EvidenceCategory | undefined {
  const id = evidenceCategoryId(type, from);
  return id === undefined ? undefined : categoryName(id);
}

/** What to record to reach a category, for "what to do next" in messages. */
export const CATEGORY_EXAMPLES: Readonly<Record<EvidenceCategoryId, string>> = {
  people: 'feedback from the people using the service (type feedback, from people)',
  staff: 'feedback from staff (type feedback, from staff)',
  partners: 'feedback from partners such as a GP or commissioner (type feedback, from partners)',
  observation: 'an observation of practice (type observation)',
  processes: 'an audit or care-record check (type audit or care_record)',
  outcomes: 'outcome data (type trend)',
};
