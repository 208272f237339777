import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../context.js';
import { COMMAND_MODULES, commandModulesFor } from './index.js';

const ctx = {} as CommandContext;

describe('lazily loaded commands', () => {
  it('names, for each module, exactly the top-level commands it registers', async () => {
    for (const module of COMMAND_MODULES) {
      const program = new Command('duizhao');
      (await module.load())(program, ctx);
      expect(program.commands.map((c) => c.name())).toEqual(module.names);
    }
  });

  it('loads only the command being run, after global options; none for --version, all for help or an unknown word', () => {
    expect(commandModulesFor(['-C', 'memory', 'memory', 'lookup', '沁县']).map((m) => m.names)).toEqual([['memory']]);
    expect(commandModulesFor(['--project', '/p', '--debug', 'ingest']).map((m) => m.names)).toEqual([['add', 'ingest']]);
    expect(commandModulesFor(['--help'])).toBe(COMMAND_MODULES);
    expect(commandModulesFor(['--version'])).toEqual([]);
    expect(commandModulesFor(['-C', '/p', '-V'])).toEqual([]);
    expect(commandModulesFor(['memory', '--version']).map((m) => m.names)).toEqual([['memory']]);
    expect(commandModulesFor(['help', 'memory'])).toBe(COMMAND_MODULES);
    expect(commandModulesFor(['bulid'])).toBe(COMMAND_MODULES);
  });
});
