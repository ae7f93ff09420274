// Everything `cqc init` writes, as plain data, so the command can refuse before writing anything
// when a single file already exists.
import { ciWorkflow, cqcSource, preCommitHook, vscodeSettings } from './examples.js';
import { configYaml, type LocationSeed } from './config-template.js';
import { peopleYaml, type Starter } from './people-template.js';
import { dirname } from 'node:path/posix';
import { layoutOf, type Layout } from '../repo/layout.js';

export interface ScaffoldFile { path: string; text: string; executable?: boolean }

export function scaffold(provider: string, locations: readonly LocationSeed[], who: Starter, layoutName: 'flat' | 'by-location' = 'flat'): ScaffoldFile[] {
  const workflow = ciWorkflow();
  const layout = layoutOf({ layout: layoutName });
  return [
    { path: 'cqc.yaml', text: configYaml(provider, locations, layoutName) },
    { path: 'people.yaml', text: peopleYaml(who) },
    ...startFolders(layout, locations).map((folder) => ({ path: `${folder}/.gitkeep`, text: '' })),
    { path: '.vscode/settings.json', text: vscodeSettings(layout) },
    { path: '.github/workflows/cqc.yml', text: workflow },
    { path: '.githooks/pre-commit', text: preCommitHook(cqcSource(workflow)), executable: true },
  ];
}

/** The empty folders records go in: per location in the group layout, when locations are given. */
function startFolders(layout: Layout, locations: readonly LocationSeed[]): string[] {
  if (layout.name !== 'by-location' || locations.length === 0) return layout.startFolders;
  return locations.flatMap((l) => [dirname(layout.actionPath('X', l.id)!), dirname(layout.evidenceFolder('X', l.id)!)]);
}

/** "rose-house=Rose House" or "rose-house" → a location. */
export function parseLocation(spec: string): LocationSeed | undefined {
  const [id, ...name] = spec.split('=');
  const clean = id?.trim() ?? '';
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(clean)) return undefined;
  const n = name.join('=').trim();
  return n ? { id: clean, name: n } : { id: clean };
}
