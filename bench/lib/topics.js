// The kinds of improvement action a care group really raises, so the synthetic repo exercises
// the same fields, vocabularies and rule paths as a provider's own. Quality statement ids come
// from the 2023 single assessment framework; regulations are the fundamental standards.

const SAFE_MH = {
  key: 'moving-and-handling',
  title: 'Moving and handling risk assessments missing for people with changing mobility',
  risk: ['safety'],
  statements: ['safe.involving-people-to-manage-risks'],
  regulations: ['12'],
  subject: 'mobility care files',
  measure: 'Mobility care files with a current, practice-aligned risk assessment',
  unit: 'percent', goal: 100, direction: 'at_least', period: 'P6W', periodDays: 42, frequency: 'weekly',
  second: 'observation', approver: 'nominated-individual', ownerRole: 'moving-and-handling-lead',
  steps: [
    ['deputy-manager', 'Review all mobility care files and record the baseline on the tracker', 'improvement action tracker'],
    ['moving-and-handling-lead', 'Complete updated assessments and confirm equipment needs', 'care record'],
    ['senior-carer', 'Observe one transfer for each affected person', 'practice competency log'],
  ],
  warnings: ['Vague daily notes', 'Repeated manual handling prompts', 'Staff unsure about equipment'],
  escalation: 'Pause closure, arrange refresher competency checks and increase senior observation',
  triggers: ['Any incident linked to mobility support', 'Missing assessments'],
};

const SUPERVISION = {
  key: 'supervision',
  title: 'Supervision records do not show performance discussion or follow-up',
  risk: ['staffing'],
  statements: ['safe.safe-and-effective-staffing', 'well-led.capable-compassionate-and-inclusive-leaders'],
  regulations: ['18'],
  subject: 'supervision records',
  measure: 'Supervision records with a performance discussion and a followed-up action',
  unit: 'percent', goal: 95, direction: 'at_least', period: 'P3M', periodDays: 91, frequency: 'monthly',
  second: 'feedback', feedbackFrom: 'staff', approver: 'provider-quality-lead', ownerRole: 'deputy-manager',
  steps: [
    ['registered-manager', 'Audit supervision files and record the baseline on the workforce tracker', 'workforce governance tracker'],
    ['deputy-manager', 'Revise the supervision template with prompts for learning and previous actions', 'workforce quality file'],
    ['line-manager', 'Complete supervision with the revised template and agree one clear action', 'supervision record'],
  ],
  warnings: ['Repeated wording across records', 'Unclear actions', 'Staff say supervision is not useful'],
  escalation: 'Coach line managers, review live examples and require stronger follow-up before closure',
  triggers: ['Missing supervision records', 'Overdue follow-up', 'Repeated practice concerns'],
};

const NUTRITION = {
  key: 'nutrition',
  title: 'Nutrition monitoring incomplete for people at risk of weight loss',
  risk: ['safety'],
  statements: ['effective.assessing-needs', 'effective.monitoring-and-improving-outcomes'],
  regulations: ['14'],
  subject: 'nutrition records',
  measure: 'People at risk with complete food, fluid and weight monitoring and timely escalation',
  unit: 'percent', goal: 95, direction: 'at_least', period: 'P8W', periodDays: 56, frequency: 'weekly',
  second: 'care_record', approver: 'nominated-individual', ownerRole: 'clinical-lead',
  steps: [
    ['clinical-lead', 'Review nutrition records for people at risk and record the baseline', 'nutrition improvement tracker'],
    ['key-worker', 'Update each nutrition care plan and handover notes', 'care plan'],
    ['senior-carer', 'Check daily monitoring entries and record gaps or escalations', 'daily management log'],
  ],
  warnings: ['Missing food or fluid entries', 'Unexplained weight change', 'Confusion about escalation thresholds'],
  escalation: 'Extend monitoring, increase daily checks and refresh handover prompts',
  triggers: ['Incomplete monitoring', 'Unexplained weight loss', 'Delayed escalation'],
};

const MEDICINES = {
  key: 'medicines',
  title: 'Gaps in medicine administration records for time-sensitive medicines',
  risk: ['medicines', 'safety'],
  statements: ['safe.medicines-optimisation'],
  regulations: ['12'],
  subject: 'medicine administration records',
  measure: 'Administration records complete and given within the prescribed window',
  unit: 'percent', goal: 100, direction: 'at_least', period: 'P6W', periodDays: 42, frequency: 'weekly',
  second: 'observation', approver: 'nominated-individual', ownerRole: 'clinical-lead',
  steps: [
    ['clinical-lead', 'Audit administration records for time-sensitive medicines', 'medicines audit'],
    ['senior-carer', 'Observe medicine rounds and check competency', 'competency log'],
  ],
  warnings: ['Late doses', 'Handwritten entries without a second signature'],
  escalation: 'Daily record checks by the clinical lead and competency reassessment',
  triggers: ['Any medicines incident', 'Missed time-sensitive dose'],
};

const SAFEGUARDING = {
  key: 'safeguarding',
  title: 'Safeguarding concerns not always referred to the local authority on time',
  risk: ['safeguarding'],
  statements: ['safe.safeguarding'],
  regulations: ['13'],
  subject: 'safeguarding concerns',
  measure: 'Safeguarding concerns referred within one working day',
  unit: 'percent', goal: 100, direction: 'at_least', period: 'P3M', periodDays: 91, frequency: 'fortnightly',
  second: 'care_record', approver: 'nominated-individual', ownerRole: 'deputy-manager',
  steps: [
    ['registered-manager', 'Review every safeguarding concern raised in the last six months', 'safeguarding log'],
    ['deputy-manager', 'Brief staff on the referral pathway and thresholds', 'team meeting minutes'],
  ],
  warnings: ['Concerns logged without an outcome', 'Staff unsure who to tell'],
  escalation: 'Registered manager reviews every new concern the same day',
  triggers: ['A late referral', 'A concern raised by a partner agency first'],
};

const INFECTION = {
  key: 'infection-control',
  title: 'Cleaning schedules for shared equipment not completed consistently',
  risk: ['safety'],
  statements: ['safe.infection-prevention-and-control', 'safe.safe-environments'],
  regulations: ['12', '15'],
  subject: 'cleaning schedules',
  measure: 'Shared equipment cleaning schedules fully completed',
  unit: 'percent', goal: 95, direction: 'at_least', period: 'P6W', periodDays: 42, frequency: 'weekly',
  second: 'observation', approver: 'provider-quality-lead', ownerRole: 'senior-carer',
  steps: [
    ['senior-carer', 'Check cleaning schedules at the end of each shift', 'infection control file'],
    ['deputy-manager', 'Spot-check equipment cleanliness weekly', 'environment audit'],
  ],
  warnings: ['Blank schedule entries', 'Equipment stored uncleaned'],
  escalation: 'Daily sign-off by the shift lead until two clean audits in a row',
  triggers: ['An infection outbreak', 'A failed environment audit'],
};

const CARE_PLANS = {
  key: 'care-plans',
  title: 'Care plans not reviewed with people and their families',
  risk: [],
  statements: ['responsive.person-centred-care', 'caring.treating-people-as-individuals'],
  regulations: ['9'],
  subject: 'care plans',
  measure: 'Care plans reviewed with the person or their representative in the last month',
  unit: 'percent', goal: 90, direction: 'at_least', period: 'P3M', periodDays: 91, frequency: 'monthly',
  second: 'feedback', feedbackFrom: 'people', approver: 'provider-quality-lead', ownerRole: 'key-worker',
  steps: [
    ['key-worker', 'Arrange a review conversation with each person and their family', 'care plan'],
    ['registered-manager', 'Sample reviewed plans for the person\'s own words', 'monthly audit summary'],
  ],
  warnings: ['Reviews signed without comments', 'Families unaware of the plan'],
  escalation: 'Registered manager joins the next reviews and coaches key workers',
  triggers: ['A complaint about care not matching wishes'],
};

const COMPLAINTS = {
  key: 'complaints',
  title: 'Complaints not acknowledged and answered within the policy timescale',
  risk: ['leadership'],
  statements: ['responsive.listening-to-and-involving-people', 'well-led.governance-management-and-sustainability'],
  regulations: ['16', '17'],
  subject: 'complaint files',
  measure: 'Complaints answered in full within 20 working days',
  unit: 'percent', goal: 90, direction: 'at_least', period: 'P3M', periodDays: 91, frequency: 'monthly',
  second: 'feedback', feedbackFrom: 'people', approver: 'nominated-individual', ownerRole: 'deputy-manager',
  steps: [
    ['registered-manager', 'Set up a complaints log with due dates', 'complaints log'],
    ['deputy-manager', 'Review open complaints every week', 'complaints log'],
  ],
  warnings: ['Complaints handled informally', 'Repeat complaints on the same theme'],
  escalation: 'Nominated individual reviews every complaint older than 15 working days',
  triggers: ['A complaint escalated to the ombudsman'],
};

const CONSENT = {
  key: 'consent',
  title: 'Mental capacity assessments missing for decisions about restrictive practice',
  risk: ['safeguarding'],
  statements: ['effective.consent-to-care-and-treatment'],
  regulations: ['11'],
  subject: 'capacity assessments',
  measure: 'Restrictive decisions with a decision-specific capacity assessment',
  unit: 'percent', goal: 100, direction: 'at_least', period: 'P8W', periodDays: 56, frequency: 'fortnightly',
  second: 'care_record', approver: 'nominated-individual', ownerRole: 'clinical-lead',
  steps: [
    ['clinical-lead', 'List every restrictive decision in place', 'restrictive practice register'],
    ['registered-manager', 'Complete or review the capacity assessment for each decision', 'care record'],
  ],
  warnings: ['Generic capacity statements', 'Bed rails without an assessment'],
  escalation: 'Pause new restrictive measures until assessed',
  triggers: ['A restriction found without an assessment'],
};

const TRAINING = {
  key: 'mandatory-training',
  title: 'Mandatory training compliance below the provider standard',
  risk: ['staffing'],
  statements: ['safe.safe-and-effective-staffing', 'caring.workforce-wellbeing-and-enablement'],
  regulations: ['18'],
  subject: 'staff training records',
  measure: 'Staff with all mandatory training in date',
  unit: 'percent', goal: 95, direction: 'at_least', period: 'P3M', periodDays: 91, frequency: 'monthly',
  second: 'observation', approver: 'provider-quality-lead', ownerRole: 'line-manager',
  steps: [
    ['line-manager', 'Book every overdue course and protect time on the rota', 'training matrix'],
    ['senior-carer', 'Observe practice after training to confirm it is applied', 'competency log'],
  ],
  warnings: ['Courses booked but not attended', 'Agency staff without records'],
  escalation: 'Rota changes approved by the registered manager to release staff',
  triggers: ['Compliance below 90% at any monthly check'],
};

const FALLS = {
  key: 'falls',
  title: 'Falls at night higher than the provider benchmark',
  risk: ['safety'],
  statements: ['safe.learning-culture', 'safe.safe-environments'],
  regulations: ['12'],
  subject: 'falls incident reports',
  measure: 'Falls at night in the month',
  unit: 'count', goal: 2, direction: 'at_most', period: 'P3M', periodDays: 91, frequency: 'monthly',
  second: 'observation', approver: 'nominated-individual', ownerRole: 'senior-carer',
  steps: [
    ['senior-carer', 'Review each fall for patterns of time, place and footwear', 'falls log'],
    ['deputy-manager', 'Introduce night-time comfort rounds', 'night handover notes'],
  ],
  warnings: ['Unwitnessed falls', 'Comfort rounds not recorded'],
  escalation: 'Refer repeat fallers to the falls prevention team',
  triggers: ['A fall with injury', 'Three falls in a week'],
};

const INVESTIGATIONS = {
  key: 'incident-investigations',
  title: 'Incident investigations take too long to complete and share learning',
  risk: ['leadership'],
  statements: ['well-led.learning-improvement-and-innovation', 'safe.learning-culture'],
  regulations: ['17'],
  subject: 'incident investigations',
  measure: 'Average days from incident to completed investigation',
  unit: 'days', goal: 14, direction: 'at_most', period: 'P3M', periodDays: 91, frequency: 'monthly',
  second: 'feedback', feedbackFrom: 'staff', approver: 'provider-quality-lead', ownerRole: 'deputy-manager',
  steps: [
    ['registered-manager', 'Assign an investigator and a due date to every open incident', 'incident log'],
    ['deputy-manager', 'Share learning at the next team meeting', 'team meeting minutes'],
  ],
  warnings: ['Investigations closed without learning', 'The same incident type recurring'],
  escalation: 'Weekly incident review chaired by the registered manager',
  triggers: ['A serious incident not investigated within 28 days'],
};

export const TOPICS = [
  SAFE_MH, SUPERVISION, NUTRITION, MEDICINES, SAFEGUARDING, INFECTION,
  CARE_PLANS, COMPLAINTS, CONSENT, TRAINING, FALLS, INVESTIGATIONS,
];

export const ACTION_SOURCES = {
  'internal-audit': 5, 'cqc-inspection': 2, complaint: 1, incident: 2, safeguarding: 1, commissioner: 1, feedback: 1,
};

export const FREQUENCY_DAYS = { weekly: 7, fortnightly: 14, monthly: 30, quarterly: 91 };
