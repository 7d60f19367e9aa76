/** The shape of one schema migration. */

/** A versioned migration: applied once, in `version` order, and recorded in `schema_migrations`. */
export interface Migration {
  /** 1, 2, 3 …: strictly increasing, never reused. */
  version: number;
  /** Kebab-case description. */
  name: string;
  /** SQL statements, run in one transaction. */
  sql: string;
}
