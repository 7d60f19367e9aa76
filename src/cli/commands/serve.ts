/** `marsad serve`: the web app and the HTTP API over a knowledge store. */

import type { Command } from 'commander';
import { readTokensFile, type AccessToken } from '../../server/access-tokens.js';
import { downloadFormats } from '../../export/download-formats.js';
import { startServer } from '../../server/start-server.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite-store.js';

interface ServeCommandOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  analystToken?: string;
  tokensFile?: string;
}

/**
 * The tokens of the command: `--token` (reader), `--analyst-token`, `--tokens-file`, and the
 * environment variables MARSAD_TOKEN and MARSAD_ANALYST_TOKEN (which keep tokens out of `ps`).
 */
export function serveTokens(options: Pick<ServeCommandOptions, 'token' | 'analystToken' | 'tokensFile'>, env: NodeJS.ProcessEnv = process.env): AccessToken[] {
  const tokens: AccessToken[] = [];
  const reader = options.token ?? env.MARSAD_TOKEN;
  const analyst = options.analystToken ?? env.MARSAD_ANALYST_TOKEN;
  if (reader) tokens.push({ token: reader, role: 'reader' });
  if (analyst) tokens.push({ token: analyst, role: 'analyst' });
  if (options.tokensFile) tokens.push(...readTokensFile(options.tokensFile));
  return tokens;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app at / and the HTTP API under /api (OpenAPI at /api/openapi.json)')
    .option('--db <path>', 'the database file (made by marsad ingest)', DEFAULT_DB_PATH)
    .option('--port <n>', 'the port', '8080')
    .option('--host <address>', 'the address to listen on; other than loopback it needs a token', '127.0.0.1')
    .option('--token <token>', 'a reader token (or MARSAD_TOKEN): the API then requires "Authorization: Bearer TOKEN"')
    .option('--analyst-token <token>', 'an analyst token (or MARSAD_ANALYST_TOKEN): may also ingest, merge and split')
    .option('--tokens-file <file>', "a file of tokens, one 'reader TOKEN' or 'analyst TOKEN' a line")
    .action(async (options: ServeCommandOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) program.error(`--port: expected a port number, not ${options.port}`, { exitCode: 2 });
      const server = await startServer({ db: options.db, port, host: options.host, tokens: serveTokens(options), exports: downloadFormats() });
      process.stdout.write(`marsad: serving ${options.db} at ${server.url}/ (API: ${server.url}/api/openapi.json); Ctrl-C stops\n`);
      const stop = (): void => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
