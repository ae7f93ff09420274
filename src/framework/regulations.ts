// The fundamental standards, regulations 9 to 20A of the Health and Social Care Act 2008
// (Regulated Activities) Regulations 2014, and regulation 5, which CQC also enforces by requirement
// notice (the default policy.regulation_risk names it). Actions cite them by number in `regulations`.

export const REGULATIONS: ReadonlyMap<string, string> = new Map([
  ['5', 'Fit and proper persons: directors'],
  ['9', 'Person-centred care'],
  ['9A', 'Visiting and accompanying'],
  ['10', 'Dignity and respect'],
  ['11', 'Need for consent'],
  ['12', 'Safe care and treatment'],
  ['13', 'Safeguarding service users from abuse and improper treatment'],
  ['14', 'Meeting nutritional and hydration needs'],
  ['15', 'Premises and equipment'],
  ['16', 'Receiving and acting on complaints'],
  ['17', 'Good governance'],
  ['18', 'Staffing'],
  ['19', 'Fit and proper persons employed'],
  ['20', 'Duty of candour'],
  ['20A', 'Display of performance assessments'],
]);

/** "Regulation 12: Safe care and treatment", or undefined for a number that is not a fundamental standard. */
export function regulationLabel(id: string): string | undefined {
  const title = REGULATIONS.get(id);
  return title === undefined ? undefined : `Regulation ${id}: ${title}`;
}
