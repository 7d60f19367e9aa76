// Validates STIX 2.1 objects and bundles against the vendored OASIS JSON schemas (draft 2020-12).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const SCHEMAS = fileURLToPath(new URL('./stix2-schemas/', import.meta.url));
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

/** Schema file of each object type Marsad writes. */
const BY_TYPE: Record<string, string> = {
  identity: 'sdos/identity.json',
  'intrusion-set': 'sdos/intrusion-set.json',
  location: 'sdos/location.json',
  report: 'sdos/report.json',
  relationship: 'sros/relationship.json',
  'extension-definition': 'common/extension-definition.json',
};

/** The envelope of `bundle.json` without its list of every SDO and SCO schema (see stix2-schemas/NOTES.md). */
const ENVELOPE = {
  $id: 'marsad-test:bundle-envelope',
  type: 'object',
  properties: {
    type: { enum: ['bundle'] },
    id: { allOf: [{ $ref: `${BASE}common/identifier.json` }, { pattern: '^bundle--' }] },
    objects: { type: 'array', minItems: 1 },
  },
  required: ['type', 'id'],
};

export interface StixValidator {
  /** Error messages for one object ('' joined), empty when valid. */
  object(o: { type: string; [property: string]: unknown }): string[];
  /** Error messages for a bundle: its envelope, then every object; empty when valid. */
  bundle(b: { objects: { type: string; id: string }[] }): string[];
}

/** Compiles the vendored schemas once. */
export function stixValidator(): StixValidator {
  // unicodeRegExp off: the OASIS patterns escape '-' outside classes, which the u flag rejects.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  // ajv-formats is CommonJS: its default export is the plugin under NodeNext.
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  for (const dir of ['common', 'sdos', 'sros']) {
    for (const f of readdirSync(join(SCHEMAS, dir))) ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, dir, f), 'utf8')) as object);
  }
  const byType = new Map<string, ValidateFunction>();
  for (const [type, file] of Object.entries(BY_TYPE)) byType.set(type, ajv.getSchema(`${BASE}${file}`)!);
  const envelope = ajv.compile(ENVELOPE);
  const messages = (v: ValidateFunction, label: string): string[] =>
    (v.errors ?? []).map((e) => `${label}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  const object = (o: { type: string; id?: unknown; [property: string]: unknown }): string[] => {
    const label = typeof o.id === 'string' ? o.id : o.type;
    const v = byType.get(o.type);
    if (!v) return [`${label}: no schema for type ${o.type}`];
    const valid = v(o as unknown);
    return valid ? [] : messages(v, label);
  };
  return {
    object,
    bundle(b) {
      const errors = envelope(b) ? [] : messages(envelope, 'bundle');
      for (const o of b.objects) errors.push(...object(o));
      return errors;
    },
  };
}
