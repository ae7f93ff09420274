// The audit trail's public face: build it (build.ts), read it (rules, `cqc audit`, the meeting pack).
export type * from './types.js';
export { applyTrailStart, buildTrail, commitsAfter, type TrailInput, type TrailStart } from './build.js';
export { fileChains, type KindOf } from './chains.js';
export { versionKey, versionRequests, type VersionRequest } from './plan.js';
export { actionTrailAt, closedRecorded, decisionRecorded, entryRecorded, recommendationRecorded, recordedBy, type Recorded } from './recorded.js';
export { isSenior, keysOf, rolesAtLocation, rolesOf } from './registry.js';
export { signedWith, signatureWords } from './signatures.js';
