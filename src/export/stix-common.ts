/** What every Marsad STIX object shares: the Marsad identity, the x_marsad extension, property rules. */

import { stixId } from './stix-ids.js';

/** A STIX object as plain JSON. */
export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

/** `created`/`modified` of objects that never change (the Marsad identity, the extension definition). */
export const STIX_EPOCH = '2024-01-01T00:00:00.000Z';

/** The identity that creates the entity objects and defines the extension. */
export const MARSAD_IDENTITY_ID = stixId('identity', 'marsad:identity');

/** The extension definition of the `x_marsad_*` properties; its id never changes. */
export const MARSAD_EXTENSION_ID = stixId('extension-definition', 'marsad:extension:x_marsad:1');

/** The top-level properties the extension adds (README.md describes each). */
export const MARSAD_EXTENSION_PROPERTIES = ['x_marsad_entity', 'x_marsad_claim', 'x_marsad_document'] as const;

/** The `extensions` property of an object that carries `x_marsad_*` properties. */
export const MARSAD_EXTENSIONS = { [MARSAD_EXTENSION_ID]: { extension_type: 'toplevel-property-extension' } } as const;

/** The Marsad identity and the extension definition, first in every bundle. */
export function marsadObjects(): StixObject[] {
  return [
    {
      type: 'identity',
      spec_version: '2.1',
      id: MARSAD_IDENTITY_ID,
      created: STIX_EPOCH,
      modified: STIX_EPOCH,
      name: 'Marsad',
      description: 'Marsad (مرصد): claims about actors extracted from Arabic news, each traced to the characters of its article.',
      identity_class: 'system',
    },
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: MARSAD_EXTENSION_ID,
      created_by_ref: MARSAD_IDENTITY_ID,
      created: STIX_EPOCH,
      modified: STIX_EPOCH,
      name: 'Marsad claims, entities and documents',
      description:
        'x_marsad_claim: the claim behind a relationship (type, modality, polarity, attribution, time, evidence and sentence offsets, ' +
        'independent sources); x_marsad_entity: the actor or place behind an SDO (type, subtype, knowledge-base ids, described); ' +
        'x_marsad_document: the article behind a report (content hash, outlet, original of a copy).',
      schema: 'Marsad src/export/README.md, section "The x_marsad extension"',
      version: '1.0.0',
      extension_types: ['toplevel-property-extension'],
      extension_properties: [...MARSAD_EXTENSION_PROPERTIES],
    },
  ];
}

/**
 * A copy of `value` without null, undefined, empty strings, empty arrays or empty objects, at any
 * depth: STIX forbids empty values (§3.1) and the OASIS schemas reject null properties.
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact).filter((v) => !isEmpty(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const c = compact(v);
      if (!isEmpty(c)) out[k] = c;
    }
    return out as T;
  }
  return value;
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

/** A URL as RFC 3986 requires (non-ASCII characters percent-encoded), or null when it is not one. */
export function stixUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}
