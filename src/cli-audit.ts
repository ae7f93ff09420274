// Commander wiring for `cqc audit` (the audit-trail timeline). Each action only sets the handler; the verb's module loads lazily.
import type { Command } from 'commander';
import type { SetHandler } from './cli.js';

export function registerAuditCommands(_program: Command, _setHandler: SetHandler): void {}
