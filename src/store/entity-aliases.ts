/** The aliases of a stored entity: every name its documents gave it, and their aliases. */

/** A document entity's name and its aliases as stored (a JSON array). */
export interface NamedRow {
  name: string;
  aliases: string;
}

/** The distinct names and aliases of `rows`, the entity's own `name` left out, sorted. */
export function entityAliases(rows: Iterable<NamedRow>, name: string): string[] {
  const names = new Set<string>();
  for (const r of rows) {
    names.add(r.name);
    for (const a of JSON.parse(r.aliases) as string[]) names.add(a);
  }
  names.delete(name);
  return [...names].sort();
}
