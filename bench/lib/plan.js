// The whole synthetic care group as plain data: locations, people, and every action with its
// evidence and dated governance steps. Rendering to YAML and writing git history come after,
// from this plan alone, so the same seed always gives the same repository.

import { createRandom } from './prng.js';
import { buildRoster } from './people.js';
import { TOPICS, ACTION_SOURCES } from './topics.js';
import { planTimeline } from './timeline.js';
import { injectProblem } from './problems.js';

const PLACES = ['Rose', 'Oak', 'Willow', 'Beech', 'Cedar', 'Hazel', 'Maple', 'Rowan', 'Elm', 'Ash', 'Birch', 'Holly',
  'Laurel', 'Heather', 'Ivy', 'Linden', 'Poplar', 'Aspen', 'Juniper', 'Alder', 'Yew', 'Thorn', 'Meadow', 'Brook', 'Orchard'];
const KINDS = ['House', 'Court', 'Lodge', 'Grange', 'View', 'Manor', 'Gardens', 'Park'];
const FATES = { closed: 34, monitoring: 18, in_progress: 38.5, reopened: 1.5, open: 8 };
const PROBLEM_RATE = 0.05;

function buildLocations(count, regionCount) {
  return Array.from({ length: count }, (_, l) => {
    const place = PLACES[l % PLACES.length];
    const kind = KINDS[Math.floor(l / PLACES.length) % KINDS.length];
    const round = Math.floor(l / (PLACES.length * KINDS.length));
    return {
      id: `loc-${String(l).padStart(3, '0')}`,
      code: `L${String(l).padStart(3, '0')}`,
      name: `${place} ${kind}${round > 0 ? ` ${round + 1}` : ''}`,
      region: Math.floor((l * regionCount) / count),
    };
  });
}

/** Evidence counts per action: open actions have fewer; closed ones absorb the rest so the total is exact. */
function evidenceCounts(fates, perAction) {
  const counts = fates.map((fate) => (fate === 'open' ? Math.min(perAction, Math.max(2, Math.ceil(perAction / 3))) : perAction));
  let deficit = fates.length * perAction - counts.reduce((a, b) => a + b, 0);
  const closed = fates.flatMap((fate, i) => (fate === 'closed' ? [i] : []));
  for (let k = 0; deficit > 0 && closed.length > 0; k += 1, deficit -= 1) counts[closed[k % closed.length]] += 1;
  return counts;
}

/** Evidence ids E01…, and the items a decision reviewed: supporting, dated within 90 days before it. */
function finishAction(action) {
  action.evidence.sort((a, b) => a.date - b.date);
  const width = Math.max(2, String(action.evidence.length).length);
  action.evidence.forEach((item, k) => {
    item.id = `${action.id}-E${String(k + 1).padStart(width, '0')}`;
  });
  if (action.closure) {
    const { decidedOn } = action.closure;
    action.closure.evidenceReviewed = action.evidence
      .filter((item) => item.finding === 'supports' && item.date <= decidedOn && item.date > decidedOn - 90)
      .map((item) => item.id);
  }
}

/**
 * Plan a repo of `actions` actions with about `perAction` evidence items each, history between
 * calendar days `start` and `end`. Returns { provider, domain, locations, roster, actions, problems }.
 */
export function planRepo({ actions: actionCount, perAction, seed, start, end, layout = 'by-location' }) {
  const random = createRandom(seed);
  // About a hundred actions a location: 50 locations at the standard size, as a large care group.
  const locationCount = Math.max(2, Math.ceil(actionCount / 100));
  const regionCount = Math.max(2, Math.ceil(locationCount / 30));
  const domain = 'harbourcare.example.org';
  const roster = buildRoster(regionCount, domain, random);
  const locations = buildLocations(locationCount, regionCount);
  const fates = Array.from({ length: actionCount }, () => random.weighted(FATES));
  const counts = evidenceCounts(fates, perAction);
  const problems = [];
  const actions = fates.map((fate, i) => {
    const location = locations[i % locationCount];
    const topic = random.pick(TOPICS);
    const team = roster.regions[location.region].byRole;
    const owner = team[topic.ownerRole];
    const approver = random.pick(roster.central[topic.approver]);
    const reviewLead = random.pick(roster.central['provider-quality-lead']);
    const ctx = { topic, fate, team, owner, approver, reviewLead, random };
    const plan = planTimeline(ctx, counts[i], { start, end });
    const action = {
      ...plan, topic, fate, location, owner, team, approver, reviewLead,
      source: random.weighted(ACTION_SOURCES),
      goal: topic.goal,
      withOverrides: random.chance(0.6),
      withCriteria: fate !== 'open' || random.chance(0.7),
      stepsDone: random.int(1, topic.steps.length),
    };
    if (random.chance(PROBLEM_RATE)) {
      const problem = injectProblem(action, { random, roster, end });
      if (problem) problems.push({ index: i, ...problem });
    }
    return action;
  });
  // Ids number each location's actions in the order they were raised.
  const byLocation = new Map();
  for (const action of [...actions].sort((a, b) => a.raised - b.raised)) {
    const n = (byLocation.get(action.location.id) ?? 0) + 1;
    byLocation.set(action.location.id, n);
    action.id = `${action.location.code}-A${String(n).padStart(4, '0')}`;
    finishAction(action);
  }
  return {
    provider: 'Harbour Care Group Ltd',
    layout,
    domain,
    locations,
    roster,
    actions,
    problems: problems.map(({ index, problem, rules }) => ({ action: actions[index].id, problem, rules })),
  };
}
