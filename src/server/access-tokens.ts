/** Access tokens and their roles: `reader` may read, `analyst` may also ingest, merge and split. */

import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** What a token allows. */
export type Role = 'reader' | 'analyst';

/** One configured token. */
export interface AccessToken {
  token: string;
  role: Role;
}

/** Shortest token accepted: a guessable token is no protection. */
export const MIN_TOKEN_LENGTH = 16;

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** The configured tokens; compares in constant time over their SHA-256 digests. */
export class TokenRegistry {
  private readonly entries: { digest: Buffer; role: Role }[];

  /** @throws Error when a token is shorter than {@link MIN_TOKEN_LENGTH} characters. */
  constructor(tokens: readonly AccessToken[] = []) {
    for (const t of tokens) {
      if (t.token.length < MIN_TOKEN_LENGTH) throw new Error(`an access token must have at least ${MIN_TOKEN_LENGTH} characters`);
    }
    this.entries = tokens.map((t) => ({ digest: digest(t.token), role: t.role }));
  }

  /** True when at least one token is configured (the API then requires one). */
  get enabled(): boolean {
    return this.entries.length > 0;
  }

  /** The role of a presented token, or null when it matches none. */
  roleOf(presented: string): Role | null {
    const d = digest(presented);
    let role: Role | null = null;
    for (const e of this.entries) if (timingSafeEqual(d, e.digest)) role = role === 'analyst' ? role : e.role;
    return role;
  }
}

/**
 * Reads a tokens file: one token a line as `ROLE TOKEN` (`reader` or `analyst`); blank lines
 * and lines starting with `#` are ignored.
 *
 * @throws Error naming the line when a role is unknown or a token missing.
 */
export function readTokensFile(path: string): AccessToken[] {
  const tokens: AccessToken[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const text = line.trim();
      if (text === '' || text.startsWith('#')) return;
      const [role, token, ...rest] = text.split(/\s+/);
      if ((role !== 'reader' && role !== 'analyst') || !token || rest.length > 0) {
        throw new Error(`${path}:${i + 1}: expected 'reader TOKEN' or 'analyst TOKEN'`);
      }
      tokens.push({ role, token });
    });
  return tokens;
}
