/** `marsad analyze`: one document (or a stream of JSON lines) in, the analysis contract out. */

import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { InputError, readInput } from '../../ingest/read-input.js';
import { rawFromJsonLine } from '../../ingest/jsonl.js';
import { analyzeRecord, createAnalyzer } from '../../pipeline/analyzer.js';
import { hasErrors, toAnalysis } from '../../pipeline/contract.js';
import { createProgress } from '../progress.js';
import { formatTextReport } from '../text-report.js';

interface AnalyzeOptions {
  format: 'json' | 'text';
  jsonl?: boolean;
  allowPrivateNetwork?: boolean;
  timeout: string;
  pretty?: boolean;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze an Arabic news page: a file, an http(s) URL, or - for standard input')
    .argument('[input]', 'a file, an http(s) URL, or - for standard input')
    .option('--format <format>', 'json (the analysis contract) or text (a readable report)', 'json')
    .option('--jsonl', 'read JSON lines (url, title, html|text|content, published, site|source) from stdin, write one result a line')
    .option('--allow-private-network', 'allow URLs that resolve to loopback, private or link-local addresses')
    .option('--timeout <seconds>', 'give up fetching a URL after this many seconds', '20')
    .option('--no-pretty', 'print JSON on one line')
    .addHelpText(
      'after',
      '\nExit status: 0 when an article came out, 1 when nothing usable did (the messages say why), 2 on bad usage.',
    )
    .action(async (input: string | undefined, options: AnalyzeOptions) => {
      if (options.format !== 'json' && options.format !== 'text') {
        program.error(`--format must be json or text, not '${String(options.format)}'`, { exitCode: 2 });
      }
      if (options.jsonl) {
        process.exitCode = await analyzeJsonLines(options);
        return;
      }
      if (!input) program.error('analyze needs an input: a file, a URL, or - for stdin', { exitCode: 2 });
      process.exitCode = await analyzeOne(input, options);
    });
}

/** Analyzes one input and prints it; returns the exit code. */
async function analyzeOne(input: string, options: AnalyzeOptions): Promise<number> {
  const timeoutSeconds = Number(options.timeout);
  let raw;
  try {
    raw = await readInput(input, {
      allowPrivateNetwork: options.allowPrivateNetwork ?? false,
      timeoutMs: Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds * 1000 : undefined,
    });
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`marsad: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const record = analyzeRecord(raw);
  const analysis = toAnalysis(record);
  if (options.format === 'text') process.stdout.write(formatTextReport(analysis));
  else process.stdout.write(`${JSON.stringify(analysis, null, options.pretty === false ? undefined : 2)}\n`);
  const errors = record.messages.filter((m) => m.severity === 'error');
  for (const m of errors) process.stderr.write(`marsad: ${m.rule}: ${m.message}\n`);
  return hasErrors(record) ? 1 : 0;
}

/**
 * Reads JSON lines from stdin and writes one analysis per line, in order. A line that is not
 * valid JSON yields a line `{"line": n, "error": "..."}` so outputs stay aligned with inputs.
 */
async function analyzeJsonLines(options: AnalyzeOptions): Promise<number> {
  const pipeline = createAnalyzer();
  const progress = createProgress(null);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const parsed = rawFromJsonLine(line, lineNo);
    let out: string;
    if ('error' in parsed) {
      failures++;
      out = JSON.stringify({ line: lineNo, error: parsed.error });
    } else {
      const record = analyzeRecord(parsed, pipeline);
      if (hasErrors(record)) failures++;
      out = JSON.stringify(options.format === 'text' ? { line: lineNo, report: formatTextReport(toAnalysis(record)) } : toAnalysis(record));
    }
    if (!process.stdout.write(`${out}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    progress.tick();
  }
  progress.stop();
  if (failures > 0) process.stderr.write(`marsad: ${failures} of ${lineNo} lines gave no usable article\n`);
  return 0;
}
