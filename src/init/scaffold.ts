// Everything `cqc init` writes, as plain data, so the command can refuse before writing anything
// when a single file already exists.
import { ciWorkflow, cqcSource, preCommitHook, vscodeSettings } from './examples.js';
import { configYaml, type LocationSeed } from './config-template.js';
import { peopleYaml, type Starter } from './people-template.js';

export interface ScaffoldFile { path: string; text: string; executable?: boolean }

export function scaffold(provider: string, locations: readonly LocationSeed[], who: Starter): ScaffoldFile[] {
  const workflow = ciWorkflow();
  return [
    { path: 'cqc.yaml', text: configYaml(provider, locations) },
    { path: 'people.yaml', text: peopleYaml(who) },
    { path: 'actions/.gitkeep', text: '' },
    { path: 'evidence/.gitkeep', text: '' },
    { path: '.vscode/settings.json', text: vscodeSettings() },
    { path: '.github/workflows/cqc.yml', text: workflow },
    { path: '.githooks/pre-commit', text: preCommitHook(cqcSource(workflow)), executable: true },
  ];
}

/** "rose-house=Rose House" or "rose-house" → a location. */
export function parseLocation(spec: string): LocationSeed | undefined {
  const [id, ...name] = spec.split('=');
  const clean = id?.trim() ?? '';
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(clean)) return undefined;
  const n = name.join('=').trim();
  return n ? { id: clean, name: n } : { id: clean };
}
