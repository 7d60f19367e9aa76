/** `marsad analyze`: one document in, the analysis contract out. */

import type { Command } from 'commander';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze one Arabic news page (file, URL or - for stdin)')
    .argument('[input]', 'a file, an http(s) URL, or - for standard input')
    .option('--format <format>', 'json or text', 'json')
    .action(() => {
      throw new Error('analyze is being built');
    });
}
