// Measurements that tell a believable improvement story: a baseline that misses the goal, steady
// progress, then results that meet it. Whether an item meets the goal is decided here, once, so
// the findings and the closure rules agree with the numbers.

/** True when a measurement meets the action's target (SPEC: percent = 100 × numerator / denominator). */
export function meetsGoal(topic, goal, measurement) {
  const value = measurement.value ?? (100 * measurement.numerator) / measurement.denominator;
  return topic.direction === 'at_least' ? value >= goal : value <= goal;
}

function percentMeasurement(goal, progress, meets, random) {
  const denominator = random.int(8, 30);
  const needed = Math.ceil((goal * denominator) / 100); // smallest numerator meeting the goal
  if (meets) return { numerator: random.int(needed, denominator), denominator };
  const baseline = Math.max(20, goal - random.int(15, 40));
  const value = baseline + (goal - baseline) * progress * 0.85;
  const numerator = Math.min(needed - 1, Math.floor((value * denominator) / 100));
  return { numerator: Math.max(0, numerator), denominator };
}

function atMostMeasurement(goal, spread, progress, meets, random) {
  if (meets) return { value: random.int(Math.max(0, goal - 2), goal) };
  const baseline = goal + random.int(spread[0], spread[1]);
  return { value: Math.max(goal + 1, Math.round(baseline - (baseline - goal) * progress * 0.8)) };
}

/**
 * A measurement for the j-th of `count` measured items; items from `meetFrom` on meet the goal.
 * The goal passed in is the action's own (it may differ from the topic's when a problem lowers it).
 */
export function measurementFor(topic, goal, j, meetFrom, random) {
  const meets = j >= meetFrom;
  const progress = meetFrom <= 0 ? 0 : Math.min(1, j / meetFrom);
  if (topic.unit === 'percent') return percentMeasurement(goal, progress, meets, random);
  const spread = topic.unit === 'days' ? [8, 20] : [3, 8];
  return atMostMeasurement(goal, spread, progress, meets, random);
}

/** The measurement as a plain-English fragment for an evidence summary. */
export function describeMeasurement(topic, measurement) {
  if (measurement.value === undefined) {
    const { numerator, denominator } = measurement;
    return `${numerator} of ${denominator} ${topic.subject} met the standard`;
  }
  if (topic.unit === 'days') return `investigations took ${measurement.value} days on average`;
  return `${measurement.value} recorded in the month`;
}
