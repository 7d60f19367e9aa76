/** Migration 2: which text a span indexes, for mentions and claim evidence found in the title. */

import type { Migration } from './migration.js';

/**
 * The title stage adds mentions and claims whose offsets index `article.title`, not the body
 * (contract: `field: 'title'`). NULL means the body, as every span stored before this migration.
 */
export const spanFieldMigration: Migration = {
  version: 2,
  name: 'span-field',
  sql: `
ALTER TABLE mentions ADD COLUMN field TEXT;
ALTER TABLE claims ADD COLUMN evidence_field TEXT;
`,
};
