/**
 * Illustrative plans for Aberdeen City: a LOIP modelled on the structure of the Aberdeen City LOIP
 * 2016-26 (themes Economy, People, Place; locality plans North, South, Central) and a Children's
 * Services Plan action plan with the Collective Leadership Group workstreams as themes.
 *
 * The plans, targets, actions and locality figures are invented. LOIP measures that point at a real
 * indicator take their baseline from the real observation at the stated period (a raw value, never
 * imputed or projected), so the baseline and the latest values a widget shows are real.
 */
import type {
  Action,
  ActionPlan,
  ActionStatus,
  Indicator,
  Observation,
  OmfDocument,
  Outcome,
  OutcomeMeasure,
  OutcomePlan,
  PeriodValue,
  Polarity,
  Source,
  Unit,
} from '@omf/sdk';
import { sortIndicators, sortObservations } from './canonical-order.js';

const ABERDEEN_CITY = 'S12000033';
const SCOTLAND = 'S92000003';
/** The date the sample action plan is reported at; no update is later, some actions are overdue by it. */
const ACTION_PLAN_REPORT_DATE = '2026-11-23';

/** Source of the sample document: the plans are ours, the indicator data the Improvement Service's. */
const SAMPLE_PLANS_SOURCE: Source = {
  name: 'OMF Kit illustrative plans; indicator data from the Improvement Service (LGBF 2020-21; CPOP September 2023)',
  licence: 'OGL-UK-3.0',
  attribution:
    'Contains data from the Improvement Service (Local Government Benchmarking Framework; Community Planning Outcomes Profile), licensed under the Open Government Licence v3.0.',
};

/** A measure of a real indicator for Aberdeen City; the baseline value is read from the data. */
interface IndicatorMeasureSpec {
  title: string;
  indicator: string;
  baselinePeriod: string;
  target: PeriodValue;
}

/** A locality measure with its own invented figures; its baseline is the first of them. */
interface OwnMeasureSpec {
  title: string;
  unit: Unit;
  polarity: Polarity;
  observations: PeriodValue[];
  target: PeriodValue;
}

interface OutcomeSpec {
  id: string;
  title: string;
  theme: 'Economy' | 'People' | 'Place';
  locality?: 'North' | 'South' | 'Central';
  measures: Array<IndicatorMeasureSpec | OwnMeasureSpec>;
}

const TARGET_YEAR = '2025/26';

const LOIP_OUTCOMES: OutcomeSpec[] = [
  {
    id: 'SO1',
    theme: 'Economy',
    title: 'More people are in sustained, fair work',
    measures: [
      { title: 'Employment rate (aged 16-64)', indicator: 'cpop-employment-rate', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 78 } },
      { title: 'People receiving out of work benefits', indicator: 'cpop-out-of-work-benefits', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 6.5 } },
    ],
  },
  {
    id: 'SO2',
    theme: 'Economy',
    title: 'Earnings rise for people who work in the city',
    measures: [{ title: 'Median weekly earnings', indicator: 'cpop-median-earnings', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 550 } }],
  },
  {
    id: 'SO3',
    theme: 'Economy',
    title: 'More new businesses survive and grow',
    measures: [{ title: 'New businesses surviving 3 years', indicator: 'cpop-business-survival', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 70 } }],
  },
  {
    id: 'SO4',
    theme: 'People',
    title: '95% of children (0-5 years) reach their expected developmental milestones by the time of their child health reviews',
    measures: [{ title: 'Children meeting developmental milestones', indicator: 'CHN17', baselinePeriod: '2016/17', target: { period: TARGET_YEAR, value: 95 } }],
  },
  {
    id: 'SO5',
    theme: 'People',
    title: 'Children benefit from high-quality early learning and childcare',
    measures: [{ title: 'Funded early years provision graded good or better', indicator: 'CHN18', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 95 } }],
  },
  {
    id: 'SO6',
    theme: 'People',
    title: 'Fewer children live in poverty',
    measures: [
      { title: 'Children in low income families (before housing costs)', indicator: 'cpop-child-poverty', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 8 } },
      { title: 'Children living in poverty (after housing costs)', indicator: 'CHN24', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 15 } },
    ],
  },
  {
    id: 'SO7',
    theme: 'People',
    title: 'Young people leave school for positive and sustained destinations',
    measures: [
      { title: 'Pupils entering positive destinations', indicator: 'CHN11', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 95 } },
      { title: 'Participation of 16-19 year olds in learning, training or work', indicator: 'CHN21', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 92 } },
    ],
  },
  {
    id: 'SO8',
    theme: 'People',
    title: 'Care experienced children and young people have stable, secure care',
    measures: [
      { title: 'Looked after children with more than one placement in the year', indicator: 'CHN23', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 18 } },
      { title: 'Looked after children cared for in the community', indicator: 'CHN9', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 91 } },
    ],
  },
  {
    id: 'SO9',
    theme: 'People',
    title: 'People live longer, healthier lives',
    measures: [
      { title: 'Early mortality (under 75)', indicator: 'cpop-early-mortality', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 400 } },
      { title: 'Emergency admissions (aged 65+)', indicator: 'cpop-emergency-admissions', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 23000 } },
    ],
  },
  {
    id: 'SO10',
    theme: 'Place',
    title: "Aberdeen's carbon emissions fall by 42.5%",
    measures: [{ title: 'Carbon emissions per person', indicator: 'cpop-carbon-emissions', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 3.2 } }],
  },
  {
    id: 'SO11',
    theme: 'Place',
    title: 'People are safe and feel safe in their communities',
    measures: [
      { title: 'Crime rate', indicator: 'cpop-crime-rate', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 1500 } },
      { title: 'Dwelling fires', indicator: 'cpop-dwelling-fires', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 110 } },
    ],
  },
  {
    id: 'SO12',
    theme: 'Place',
    title: 'Fewer households live in fuel poverty',
    // 2018/19 is the first raw (not imputed) fuel poverty value.
    measures: [{ title: 'Households in fuel poverty', indicator: 'cpop-fuel-poverty', baselinePeriod: '2018/19', target: { period: TARGET_YEAR, value: 18 } }],
  },
  {
    id: 'North-1',
    theme: 'People',
    locality: 'North',
    title: 'Families with young children in the North locality get support early',
    measures: [
      { title: 'Children meeting developmental milestones (city-wide)', indicator: 'CHN17', baselinePeriod: '2016/17', target: { period: TARGET_YEAR, value: 95 } },
      {
        title: 'Families with children under 5 using community pantries, North locality (illustrative)',
        unit: 'count',
        polarity: 'higher-is-better',
        observations: [
          { period: '2019/20', value: 120 },
          { period: '2020/21', value: 185 },
          { period: '2021/22', value: 240 },
          { period: '2022/23', value: 262 },
          { period: '2023/24', value: 305 },
        ],
        target: { period: TARGET_YEAR, value: 400 },
      },
    ],
  },
  {
    id: 'South-1',
    theme: 'Economy',
    locality: 'South',
    title: 'More people in the South locality move into sustained work',
    measures: [
      { title: 'Participation rate of 16-19 year olds (city-wide)', indicator: 'cpop-participation-rate', baselinePeriod: '2016/17', target: { period: TARGET_YEAR, value: 92 } },
      {
        title: 'People supported into work by the South locality employability hub (illustrative)',
        unit: 'count',
        polarity: 'higher-is-better',
        observations: [
          { period: '2019/20', value: 85 },
          { period: '2020/21', value: 58 },
          { period: '2021/22', value: 96 },
          { period: '2022/23', value: 131 },
          { period: '2023/24', value: 149 },
        ],
        target: { period: TARGET_YEAR, value: 200 },
      },
    ],
  },
  {
    id: 'Central-1',
    theme: 'Place',
    locality: 'Central',
    title: 'People in the Central locality feel they can shape their neighbourhood',
    measures: [
      { title: 'Well-being score (city-wide)', indicator: 'cpop-well-being', baselinePeriod: '2015/16', target: { period: TARGET_YEAR, value: 7.6 } },
      {
        title: 'Residents who feel they can influence decisions in their neighbourhood, Central locality (illustrative)',
        unit: 'percent',
        polarity: 'higher-is-better',
        observations: [
          { period: '2019/20', value: 18 },
          { period: '2021/22', value: 21 },
          { period: '2023/24', value: 24 },
        ],
        target: { period: TARGET_YEAR, value: 30 },
      },
    ],
  },
];

type UpdateSpec = [date: string, status: ActionStatus, text: string];

interface ActionSpec {
  title: string;
  lead: string;
  due: string;
  /** Percent complete for open actions; complete actions are 100. */
  progress?: number;
  updates: UpdateSpec[];
}

/** CSPP themes, from the COVID-19 Children and Families Collective Leadership Group workstreams. */
const ACTION_THEMES: Array<[theme: string, actions: ActionSpec[]]> = [
  [
    'Access to Services',
    [
      {
        title: 'Publish a single directory of family support services and helplines for the city',
        lead: 'Family Support Coordinator, Aberdeen City Council',
        due: '2024-03-31',
        updates: [
          ['2023-09-15', 'on-track', 'Draft directory shared with partners for checking.'],
          ['2024-03-20', 'complete', 'Directory published online and in print at libraries and health centres.'],
        ],
      },
      {
        title: 'Agree and publish the routes into family support for families without an allocated worker',
        lead: 'Head of Children\'s Social Work, Aberdeen City Council',
        due: '2024-12-31',
        updates: [
          ['2023-10-10', 'on-track', 'Mapping of current referral routes under way.'],
          ['2024-06-28', 'at-risk', 'Vacancies in the intake team have slowed the mapping.'],
          ['2025-02-14', 'complete', 'Routes agreed by the partnership and published to staff, six weeks late.'],
        ],
      },
      {
        title: 'Offer 80% of families who ask for additional support an appropriate service within 30 days of their Child\'s Plan',
        lead: 'Service Manager, Early Help, Aberdeen City Council',
        due: '2025-09-30',
        progress: 60,
        updates: [
          ['2024-01-19', 'on-track', 'Baseline: 62% offered a service within 30 days.'],
          ['2024-09-30', 'on-track', '71% offered a service within 30 days.'],
          ['2025-06-30', 'at-risk', '76%; waiting lists for speech and language therapy are growing.'],
          ['2026-03-31', 'off-track', '74% at the due date; a recovery plan has been agreed with NHS Grampian.'],
        ],
      },
    ],
  ],
  [
    'Workforce Resilience',
    [
      {
        title: 'Run a quarterly survey of staffing capacity across children\'s services',
        lead: 'Workforce Development Lead, Children\'s Services',
        due: '2023-12-31',
        updates: [
          ['2023-07-14', 'on-track', 'Survey questions agreed with partners.'],
          ['2023-12-15', 'complete', 'First survey run; results reported to the Children\'s Services Board.'],
        ],
      },
      {
        title: 'Agree a recruitment and retention plan for children\'s social workers',
        lead: 'HR Business Partner, Children\'s Social Work',
        due: '2025-03-31',
        progress: 70,
        updates: [
          ['2023-11-03', 'on-track', 'Options for a market supplement costed.'],
          ['2024-08-16', 'at-risk', 'Vacancy rate still above 15%.'],
          ['2025-04-11', 'at-risk', 'Plan approved after the due date; the grow-your-own scheme starts in the autumn. Vacancy rate 13%.'],
        ],
      },
      {
        title: 'Train all frontline staff in trauma-informed practice (level 1)',
        lead: 'Trauma-informed Practice Lead, NHS Grampian',
        due: '2026-06-30',
        updates: [
          ['2024-02-09', 'on-track', '520 staff trained.'],
          ['2025-01-24', 'on-track', '1,140 staff trained.'],
          ['2025-11-07', 'on-track', '1,650 staff trained; level 2 sessions started.'],
          ['2026-06-26', 'complete', 'Every frontline team has completed level 1 training.'],
        ],
      },
    ],
  ],
  [
    'Child Protection Awareness',
    [
      {
        title: 'Run a public campaign on how to report a concern about a child',
        lead: 'Lead Officer, Child Protection Committee',
        due: '2024-06-30',
        updates: [
          ['2023-09-29', 'on-track', 'Campaign materials co-designed with young people.'],
          ['2024-05-17', 'complete', 'Campaign ran in April and May 2024 on buses, radio and social media.'],
        ],
      },
      {
        title: 'Bring multi-agency child protection procedures into line with the National Guidance for Child Protection in Scotland',
        lead: 'Chair, Child Protection Committee',
        due: '2024-09-30',
        updates: [
          ['2023-08-25', 'on-track', 'Implementation plan agreed.'],
          ['2024-03-22', 'on-track', 'Multi-agency procedures rewritten and consulted on.'],
          ['2024-09-27', 'complete', 'Procedures in use; briefing sessions finished.'],
        ],
      },
      {
        title: 'Audit the quality of inter-agency referral discussions every six months',
        lead: 'Public Protection Lead, Police Scotland North East Division',
        due: '2026-12-31',
        progress: 80,
        updates: [
          ['2023-12-08', 'on-track', 'First audit of 40 discussions completed.'],
          ['2024-06-21', 'on-track', 'Second audit; recording template updated.'],
          ['2025-06-27', 'at-risk', 'December 2024 audit missed because of staff absence.'],
          ['2026-01-16', 'on-track', 'Audits back on schedule; the Committee extended the programme to December 2026.'],
        ],
      },
    ],
  ],
  [
    'Domestic Abuse',
    [
      {
        title: 'Train children\'s social work and health visiting teams in the Safe and Together model',
        lead: 'Violence Against Women Partnership Coordinator',
        due: '2024-12-31',
        updates: [
          ['2023-10-20', 'on-track', 'Two cohorts trained.'],
          ['2024-06-07', 'on-track', 'Five of seven cohorts trained.'],
          ['2024-12-13', 'complete', 'All seven cohorts trained.'],
        ],
      },
      {
        title: 'Refer every child affected by domestic abuse to specialist support within 10 working days',
        lead: 'Service Manager, Duty and Assessment, Children\'s Social Work',
        due: '2025-12-31',
        progress: 45,
        updates: [
          ['2024-03-15', 'on-track', 'Referral pathway agreed with specialist domestic abuse services.'],
          ['2025-03-28', 'at-risk', '68% referred within 10 working days.'],
          ['2025-10-31', 'off-track', 'The specialist service closed its waiting list to new referrals for six weeks.'],
        ],
      },
      {
        title: 'Set up a separate review panel for MARAC cases involving children',
        lead: 'MARAC Coordinator, Aberdeen City Council',
        due: '2023-12-31',
        updates: [
          ['2023-06-30', 'not-started', 'Terms of reference drafted.'],
          ['2023-09-22', 'cancelled', 'Not needed: children\'s cases are now reviewed within the existing MARAC, as agreed by the Violence Against Women Partnership.'],
        ],
      },
    ],
  ],
  [
    'Early Years and Under Fives',
    [
      {
        title: 'Increase uptake of funded early learning and childcare by eligible two-year-olds to 65%',
        lead: 'Head of Early Learning and Childcare, Aberdeen City Council',
        due: '2026-08-31',
        progress: 40,
        updates: [
          ['2023-09-29', 'on-track', 'Baseline: 48% of eligible two-year-olds registered.'],
          ['2024-09-27', 'on-track', '53% registered; letters now go to every eligible family.'],
          ['2025-09-26', 'at-risk', '54% registered; too few places in the North locality.'],
          ['2026-09-25', 'off-track', '52% registered at the due date; the 65% target was not met.'],
        ],
      },
      {
        title: 'Agree a support and improvement plan with every funded setting graded below good',
        lead: 'Quality Improvement Officer, Early Years',
        due: '2024-03-31',
        updates: [
          ['2023-10-13', 'on-track', 'Plans agreed with 9 of 14 settings.'],
          ['2024-03-29', 'complete', 'Plans agreed with all 14 settings.'],
        ],
      },
      {
        title: 'Complete the 27-30 month child health review for 95% of eligible children',
        lead: 'Lead Nurse, Health Visiting, NHS Grampian',
        due: '2026-03-31',
        updates: [
          ['2024-04-26', 'on-track', '89% of reviews completed in 2023/24.'],
          ['2025-04-25', 'on-track', '92% of reviews completed in 2024/25.'],
          ['2026-04-24', 'complete', '95.4% of reviews completed in 2025/26.'],
        ],
      },
      {
        title: 'Open two family learning hubs in neighbourhoods with high child poverty',
        lead: 'Family Learning Team Leader, Aberdeen City Council',
        due: '2026-12-31',
        progress: 75,
        updates: [
          ['2024-06-14', 'not-started', 'Sites being identified with the locality partnerships.'],
          ['2025-06-13', 'on-track', 'First hub opened in the North locality.'],
          ['2026-10-30', 'on-track', 'Second hub fitted out; opening planned for December 2026.'],
        ],
      },
    ],
  ],
  [
    'Care Leavers',
    [
      {
        title: 'Give every care leaver a named continuing care or aftercare worker',
        lead: 'Service Manager, Throughcare and Aftercare',
        due: '2024-09-30',
        updates: [
          ['2023-11-10', 'on-track', '86% of care leavers have a named worker.'],
          ['2024-09-20', 'complete', 'Every care leaver who wants one has a named worker.'],
        ],
      },
      {
        title: 'Guarantee an interview for council jobs to care experienced young people who meet the essential criteria',
        lead: 'Chief Officer, People and Organisational Development, Aberdeen City Council',
        due: '2023-12-31',
        updates: [
          ['2023-07-21', 'on-track', 'Policy drafted with the Champions Board.'],
          ['2023-11-24', 'complete', 'Guaranteed interview scheme in place.'],
        ],
      },
      {
        title: 'Increase supported carer and supported lodgings placements to 20',
        lead: 'Team Manager, Fostering and Adoption',
        due: '2025-12-31',
        progress: 80,
        updates: [
          ['2024-05-31', 'on-track', '12 placements.'],
          ['2025-05-30', 'at-risk', '14 placements; recruitment campaign relaunched.'],
          ['2025-11-28', 'at-risk', '16 placements.'],
        ],
      },
    ],
  ],
  [
    'Mental Health and Substance Misuse',
    [
      {
        title: 'See 90% of young people referred to CAMHS within 18 weeks',
        lead: 'Service Manager, Child and Adolescent Mental Health Services, NHS Grampian',
        due: '2025-03-31',
        updates: [
          ['2023-09-01', 'at-risk', '71% seen within 18 weeks.'],
          ['2024-03-01', 'on-track', '84% seen within 18 weeks.'],
          ['2025-03-07', 'complete', '91% seen within 18 weeks in the last quarter of 2024/25.'],
        ],
      },
      {
        title: 'Agree a joint pathway between adult alcohol and drug services and children\'s social work for parents in treatment',
        lead: 'Lead Officer, Alcohol and Drugs Partnership',
        due: '2025-06-30',
        progress: 65,
        updates: [
          ['2023-11-17', 'on-track', 'Working group set up.'],
          ['2024-11-15', 'at-risk', 'Information-sharing agreement delayed.'],
          ['2025-08-15', 'at-risk', 'Agreement signed; pathway being tested in the Central locality.'],
        ],
      },
      {
        title: 'Offer counselling in school to every secondary pupil who asks for it',
        lead: 'Head of Education (Inclusion), Aberdeen City Council',
        due: '2024-06-30',
        updates: [
          ['2023-12-01', 'on-track', 'Counselling available in 9 of 11 secondary schools.'],
          ['2024-06-14', 'complete', 'Counselling available in all secondary schools.'],
        ],
      },
      {
        title: 'Train all secondary guidance staff in substance use awareness',
        lead: 'Health Improvement Officer, Aberdeen City Health and Social Care Partnership',
        due: '2026-10-31',
        progress: 82,
        updates: [
          ['2024-10-04', 'not-started', 'Training provider commissioned.'],
          ['2025-10-03', 'on-track', '60% of guidance staff trained.'],
          ['2026-10-09', 'at-risk', '82% trained; the remaining sessions run after the due date.'],
        ],
      },
    ],
  ],
  [
    'Respite Care',
    [
      {
        title: 'Publish a short breaks services statement for families of disabled children',
        lead: 'Short Breaks Coordinator, Children with Disabilities Team',
        due: '2023-09-30',
        updates: [
          ['2023-06-30', 'on-track', 'Statement drafted with parents\' groups.'],
          ['2023-09-29', 'complete', 'Statement published.'],
        ],
      },
      {
        title: 'Increase the number of families of disabled children who receive a short break by 25%',
        lead: 'Service Manager, Children with Disabilities',
        due: '2026-03-31',
        updates: [
          ['2024-04-19', 'on-track', 'Baseline: 212 families in 2023/24.'],
          ['2025-04-18', 'on-track', '241 families in 2024/25.'],
          ['2026-04-17', 'complete', '268 families in 2025/26 (26% more than the baseline).'],
        ],
      },
      {
        title: 'Recommission overnight respite for children with complex needs',
        lead: 'Commissioning Manager, Aberdeen City Health and Social Care Partnership',
        due: '2026-12-31',
        progress: 85,
        updates: [
          ['2025-01-31', 'not-started', 'Needs assessment under way.'],
          ['2025-09-26', 'on-track', 'Tender published.'],
          ['2026-11-06', 'on-track', 'Preferred provider selected; contract award in December.'],
        ],
      },
    ],
  ],
  [
    'Children\'s Hearings',
    [
      {
        title: 'Reduce the time from referral to hearing for children at risk',
        lead: 'Locality Reporter Manager, Scottish Children\'s Reporter Administration',
        due: '2025-12-31',
        updates: [
          ['2024-02-23', 'on-track', 'Joint case tracking with social work started.'],
          ['2024-11-22', 'on-track', 'Median time down from 128 to 104 days.'],
          ['2025-12-12', 'complete', 'Median time 86 days, below the 90-day aim.'],
        ],
      },
      {
        title: 'Offer every child attending a hearing an independent advocate',
        lead: 'Children\'s Rights Officer, Aberdeen City Council',
        due: '2024-12-31',
        updates: [
          ['2024-04-12', 'on-track', 'Advocacy offer added to hearing notifications.'],
          ['2024-12-06', 'complete', 'Every child attending a hearing in the last quarter was offered an advocate.'],
        ],
      },
      {
        title: 'Run joint training for panel members and social workers on the redesign of the Hearings System',
        lead: 'Area Support Team Convener, Children\'s Hearings Scotland',
        due: '2026-12-15',
        progress: 30,
        updates: [
          ['2025-11-14', 'not-started', 'Waiting for national guidance on the redesign.'],
          ['2026-06-12', 'on-track', 'Sessions booked for November and December 2026.'],
        ],
      },
    ],
  ],
];

const DEFAULT_STATUSES: ReadonlySet<string> = new Set<ActionStatus>(['not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'cancelled']);

function isOwnMeasure(spec: IndicatorMeasureSpec | OwnMeasureSpec): spec is OwnMeasureSpec {
  return 'observations' in spec;
}

function buildMeasure(spec: IndicatorMeasureSpec | OwnMeasureSpec, id: string, observationAt: (indicator: string, period: string) => Observation | undefined): OutcomeMeasure {
  if (isOwnMeasure(spec)) {
    const [baseline] = spec.observations;
    if (!baseline) throw new Error(`${id}: no observations`);
    const { title, unit, polarity, observations, target } = spec;
    return { id, title, baseline, target, observations, unit, polarity, illustrative: true };
  }
  const observation = observationAt(spec.indicator, spec.baselinePeriod);
  if (observation?.value === null || observation?.value === undefined || observation.status !== undefined) {
    throw new Error(`${id}: ${spec.indicator} has no raw value for Aberdeen City in ${spec.baselinePeriod}`);
  }
  return {
    id,
    title: spec.title,
    indicator: spec.indicator,
    area: ABERDEEN_CITY,
    baseline: { period: spec.baselinePeriod, value: observation.value },
    target: spec.target,
    illustrative: true,
  };
}

function buildLoip(observationAt: (indicator: string, period: string) => Observation | undefined): OutcomePlan {
  const outcomes: Outcome[] = LOIP_OUTCOMES.map(({ id, title, theme, locality, measures }) => ({
    id,
    title,
    theme,
    ...(locality ? { locality } : {}),
    measures: measures.map((measure, index) => buildMeasure(measure, `${id}.${index + 1}`, observationAt)),
  }));
  return {
    id: 'aberdeen-city-loip-2016-26',
    partnership: 'Community Planning Aberdeen',
    area: ABERDEEN_CITY,
    title: 'Aberdeen City Local Outcome Improvement Plan 2016-26 (illustrative)',
    period: { start: '2016-04-01', end: '2026-03-31' },
    outcomes,
    illustrative: true,
  };
}

function buildAction(spec: ActionSpec, id: string, theme: string): Action {
  const updates = spec.updates.map(([date, status, text]) => ({ date, status, text }));
  const last = updates.at(-1);
  if (!last || updates.length > 4) throw new Error(`action ${id}: needs 1 to 4 updates`);
  updates.forEach((update, index) => {
    const previous = updates[index - 1];
    if (!DEFAULT_STATUSES.has(update.status)) throw new Error(`action ${id}: unknown status ${update.status}`);
    if (update.date < '2023-04-01' || update.date > ACTION_PLAN_REPORT_DATE) throw new Error(`action ${id}: update date ${update.date} out of range`);
    if (previous && previous.date >= update.date) throw new Error(`action ${id}: updates out of date order`);
  });
  if (spec.due < '2023-06-01' || spec.due > '2026-12-31') throw new Error(`action ${id}: due date ${spec.due} out of range`);
  const progress = last.status === 'complete' ? 100 : spec.progress;
  return {
    id,
    theme,
    title: spec.title,
    lead: spec.lead,
    due: spec.due,
    status: last.status,
    ...(progress !== undefined ? { progress } : {}),
    updates,
  };
}

function buildCsppActionPlan(): ActionPlan {
  const actions = ACTION_THEMES.flatMap(([theme, specs], themeIndex) =>
    specs.map((spec, index) => buildAction(spec, `${themeIndex + 1}.${index + 1}`, theme)),
  );
  return {
    id: 'aberdeen-city-cspp-2023-26',
    partnership: 'Aberdeen City Children\'s Services Planning Partnership',
    title: 'Aberdeen City Children\'s Services Plan 2023-26 action plan (illustrative)',
    period: { start: '2023-04-01', end: '2026-03-31' },
    actions,
    illustrative: true,
  };
}

/**
 * Builds the sample plans document. It carries the indicators its measures use, with their Aberdeen
 * City and Scotland observations, so it works on its own.
 */
export function buildSamplePlansDocument(sources: readonly OmfDocument[]): OmfDocument {
  const observationIndex = new Map<string, Observation>();
  for (const observation of sources.flatMap((source) => source.observations)) {
    observationIndex.set(`${observation.indicator}|${observation.area}|${observation.period}`, observation);
  }
  const loip = buildLoip((indicator, period) => observationIndex.get(`${indicator}|${ABERDEEN_CITY}|${period}`));

  const used = new Set(loip.outcomes.flatMap((outcome) => outcome.measures.flatMap((measure) => (measure.indicator ? [measure.indicator] : []))));
  // Each indicator keeps its own source, since it differs from this document's.
  const indicators: Indicator[] = sortIndicators(
    sources.flatMap((document) =>
      document.indicators.filter((indicator) => used.has(indicator.id)).map((indicator) => ({ ...indicator, source: indicator.source ?? document.source })),
    ),
  );
  const missing = [...used].filter((id) => !indicators.some((indicator) => indicator.id === id));
  if (missing.length > 0) throw new Error(`sample plans use unknown indicators: ${missing.join(', ')}`);
  const observations = sources
    .flatMap((source) => source.observations)
    .filter((observation) => used.has(observation.indicator) && (observation.area === ABERDEEN_CITY || observation.area === SCOTLAND));

  return {
    omf: 1,
    title: 'Sample plans for Aberdeen City (illustrative), with the real indicator data they measure',
    source: SAMPLE_PLANS_SOURCE,
    indicators,
    observations: sortObservations(observations, indicators),
    plans: [loip],
    actionPlans: [buildCsppActionPlan()],
  };
}
