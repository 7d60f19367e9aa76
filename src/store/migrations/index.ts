/** Every schema migration, in order. Add new ones at the end; never edit an applied one. */

import { initialMigration } from './0001-initial.js';
import { spanFieldMigration } from './0002-span-field.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** The migrations of the SQLite store, in version order. */
export const MIGRATIONS: readonly Migration[] = [initialMigration, spanFieldMigration];
