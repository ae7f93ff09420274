// The CQC single assessment framework (2023): 5 key questions, 34 quality statements.
// Kept as data in the framework-file shape because CQC is replacing it with sector
// frameworks; a provider can point cqc.yaml at a newer file without a code change.
// Risk areas per statement are SPEC's: every safe statement is about safety (safeguarding,
// medicines and staffing add their own area), and every well-led statement about leadership.
import type { FrameworkData } from './data.js';

export const CQC_SAF_2023 = {
  id: 'cqc-saf-2023',
  name: 'CQC single assessment framework (2023)',
  version: '2023.1',
  description:
    'The five key questions and 34 quality statements CQC used to assess services from 2023. ' +
    'Statement ids are the key question id, a dot, and the statement title in lower case with hyphens.',
  key_questions: [
    {
      id: 'safe',
      title: 'Safe',
      description: 'Is the service safe? Risks to people are understood and managed, and people are kept free from abuse and avoidable harm.',
      statements: [
        { id: 'safe.learning-culture', title: 'Learning culture', risk_areas: ['safety'] },
        { id: 'safe.safe-systems-pathways-and-transitions', title: 'Safe systems, pathways and transitions', risk_areas: ['safety'] },
        { id: 'safe.safeguarding', title: 'Safeguarding', risk_areas: ['safety', 'safeguarding'] },
        { id: 'safe.involving-people-to-manage-risks', title: 'Involving people to manage risks', risk_areas: ['safety'] },
        { id: 'safe.safe-environments', title: 'Safe environments', risk_areas: ['safety'] },
        { id: 'safe.safe-and-effective-staffing', title: 'Safe and effective staffing', risk_areas: ['safety', 'staffing'] },
        { id: 'safe.infection-prevention-and-control', title: 'Infection prevention and control', risk_areas: ['safety'] },
        { id: 'safe.medicines-optimisation', title: 'Medicines optimisation', risk_areas: ['safety', 'medicines'] },
      ],
    },
    {
      id: 'effective',
      title: 'Effective',
      description: 'Is the service effective? Care and support rest on current good practice and lead to good outcomes for people.',
      statements: [
        { id: 'effective.assessing-needs', title: 'Assessing needs' },
        { id: 'effective.delivering-evidence-based-care-and-treatment', title: 'Delivering evidence-based care and treatment' },
        {
          id: 'effective.how-staff-teams-and-services-work-together',
          title: 'How staff, teams and services work together',
          aliases: ['effective.how-staff-and-teams-work-together'],
        },
        { id: 'effective.supporting-people-to-live-healthier-lives', title: 'Supporting people to live healthier lives' },
        { id: 'effective.monitoring-and-improving-outcomes', title: 'Monitoring and improving outcomes' },
        { id: 'effective.consent-to-care-and-treatment', title: 'Consent to care and treatment' },
      ],
    },
    {
      id: 'caring',
      title: 'Caring',
      description: 'Is the service caring? Staff treat people with kindness, dignity and respect, and involve them in decisions about their care.',
      statements: [
        { id: 'caring.kindness-compassion-and-dignity', title: 'Kindness, compassion and dignity' },
        { id: 'caring.treating-people-as-individuals', title: 'Treating people as individuals' },
        { id: 'caring.independence-choice-and-control', title: 'Independence, choice and control' },
        { id: 'caring.responding-to-peoples-immediate-needs', title: "Responding to people's immediate needs" },
        { id: 'caring.workforce-wellbeing-and-enablement', title: 'Workforce wellbeing and enablement' },
      ],
    },
    {
      id: 'responsive',
      title: 'Responsive',
      description: 'Is the service responsive? Care is organised around what each person needs and wants, and people can get it fairly.',
      statements: [
        { id: 'responsive.person-centred-care', title: 'Person-centred care' },
        { id: 'responsive.care-provision-integration-and-continuity', title: 'Care provision, integration and continuity' },
        { id: 'responsive.providing-information', title: 'Providing information' },
        { id: 'responsive.listening-to-and-involving-people', title: 'Listening to and involving people' },
        { id: 'responsive.equity-in-access', title: 'Equity in access' },
        {
          id: 'responsive.equity-in-experiences-and-outcomes',
          title: 'Equity in experiences and outcomes',
          aliases: ['responsive.equity-in-experience-and-outcomes'],
        },
        { id: 'responsive.planning-for-the-future', title: 'Planning for the future' },
      ],
    },
    {
      id: 'well-led',
      title: 'Well-led',
      description: 'Is the service well-led? Leadership, governance and culture keep care safe and good, and drive learning and improvement.',
      statements: [
        { id: 'well-led.shared-direction-and-culture', title: 'Shared direction and culture', risk_areas: ['leadership'] },
        { id: 'well-led.capable-compassionate-and-inclusive-leaders', title: 'Capable, compassionate and inclusive leaders', risk_areas: ['leadership'] },
        { id: 'well-led.freedom-to-speak-up', title: 'Freedom to speak up', risk_areas: ['leadership'] },
        { id: 'well-led.workforce-equality-diversity-and-inclusion', title: 'Workforce equality, diversity and inclusion', risk_areas: ['leadership'] },
        { id: 'well-led.governance-management-and-sustainability', title: 'Governance, management and sustainability', risk_areas: ['leadership'] },
        { id: 'well-led.partnerships-and-communities', title: 'Partnerships and communities', risk_areas: ['leadership'] },
        { id: 'well-led.learning-improvement-and-innovation', title: 'Learning, improvement and innovation', risk_areas: ['leadership'] },
        {
          id: 'well-led.environmental-sustainability-sustainable-development',
          title: 'Environmental sustainability – sustainable development',
          aliases: ['well-led.environmental-sustainability'],
          risk_areas: ['leadership'],
        },
      ],
    },
  ],
} as const satisfies FrameworkData;
