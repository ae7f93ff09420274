// The people of a synthetic care group: a small central team that approves closures, and a team
// per region that raises, works on and recommends actions. About 30 people at the standard size;
// the roster grows with the number of regions so a doubled repo has a doubled history.

const FIRST = [
  'Priya', 'Dan', 'Grace', 'Sam', 'Amara', 'Tom', 'Fatima', 'Owen', 'Chloe', 'Kwame', 'Hannah', 'Ravi',
  'Sian', 'Marek', 'Aisha', 'Liam', 'Joy', 'Tariq', 'Megan', 'Ade', 'Rosa', 'Callum', 'Nia', 'Yusuf',
  'Beth', 'Jonah', 'Ewa', 'Kofi', 'Lucy', 'Imran', 'Zara', 'Rhys', 'Mei', 'Gareth', 'Esther', 'Hamza',
];
const LAST = [
  'Patel', 'Jones', 'Okafor', 'Smith', 'Williams', 'Khan', 'Evans', 'Brown', 'Mensah', 'Taylor', 'Nowak',
  'Davies', 'Ahmed', 'Wilson', 'Hughes', 'Begum', 'Clarke', 'Osei', 'Roberts', 'Singh', 'Walker', 'Lewis',
  'Chen', 'Murphy', 'Ali', 'Thomas', 'Green', 'Adeyemi', 'Hall', 'Wright', 'Kowalski', 'Hussain',
];

/** Roles of the four people each region has; together they cover every role a step names. */
const REGION_TEAM = [
  ['registered-manager'],
  ['deputy-manager', 'line-manager'],
  ['senior-carer', 'key-worker'],
  ['clinical-lead', 'moving-and-handling-lead'],
];

const CENTRAL_TEAM = [['nominated-individual'], ['provider-quality-lead'], ['nominated-individual'], ['provider-quality-lead']];

function uniqueNames(count, random) {
  const taken = new Set();
  const names = [];
  while (names.length < count) {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    // Past the number of distinct pairs, a middle initial keeps ids unique.
    const middle = taken.size >= FIRST.length * LAST.length * 0.8 ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : '';
    const name = `${first}${middle} ${last}`;
    if (taken.has(name)) continue;
    taken.add(name);
    names.push(name);
  }
  return names;
}

function personFrom(name, roles, domain, random) {
  const id = name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  const emails = [`${id.replace(/-/g, '.')}@${domain}`];
  // Some staff also commit from a personal identity; both must count as them.
  if (random.chance(0.2)) emails.push(`${id}@users.noreply.github.com`);
  return { id, name, roles, emails };
}

/**
 * Build the roster. Returns { people, central: { approvers by role }, regions: [{ byRole }] }
 * where byRole maps a role to the person holding it in that region.
 */
export function buildRoster(regionCount, domain, random) {
  const names = uniqueNames(CENTRAL_TEAM.length + regionCount * REGION_TEAM.length, random);
  const people = [];
  const central = { 'nominated-individual': [], 'provider-quality-lead': [] };
  for (const roles of CENTRAL_TEAM) {
    const person = personFrom(names[people.length], roles, domain, random);
    people.push(person);
    central[roles[0]].push(person);
  }
  const regions = [];
  for (let r = 0; r < regionCount; r += 1) {
    const byRole = {};
    for (const roles of REGION_TEAM) {
      const person = personFrom(names[people.length], roles, domain, random);
      people.push(person);
      for (const role of roles) byRole[role] = person;
    }
    regions.push({ index: r, byRole });
  }
  return { people, central, regions };
}
