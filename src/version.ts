// The tool's version, read once from package.json so there is one place to bump it.
import { readFileSync } from 'node:fs';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export const CQC_VERSION = VERSION;
export const CQC_INFORMATION_URI = 'https://github.com/cqc-tool/cqc';
