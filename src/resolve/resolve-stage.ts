/** The resolve stage: `mentions` → `entities` (actors, governments, places; NIL where unknown). */

import type { DocumentRecord } from '../record/document.js';
import type { Stage } from '../pipeline/stage.js';
import { AliasScanner } from './alias-scan.js';
import { resolveMentions, type ResolveOptions } from './resolve-document.js';
import { loadResolveResources, type ResolveResources } from './resources.js';

/**
 * Builds a resolve stage (name `resolve`, requires `mentions`, assigns `entities`).
 *
 * @param resources the knowledge base and gazetteer, loaded once outside the stage; default:
 *   `loadResolveResources()` (the project's files), loaded when the stage is built.
 * @param options `outletCountry` for every document; default none (a document's own
 *   `article.site` is not mapped to a country yet).
 */
export function createResolveStage(resources: ResolveResources = loadResolveResources(), options: ResolveOptions = {}): Stage {
  const { kb, gazetteer } = resources;
  const scanner = new AliasScanner(kb);
  return Object.freeze({
    name: 'resolve',
    requires: ['mentions'] as const,
    assigns: ['entities'] as const,
    run(doc: DocumentRecord): DocumentRecord {
      const text = doc.text?.text ?? '';
      const entities = resolveMentions(text, doc.tokens?.tokens ?? [], doc.mentions ?? [], kb, gazetteer, scanner, options);
      return { ...doc, entities };
    },
  });
}
