/** Derives what the store indexes from an analysis: the search forms and the MinHash signature. */

import { minhashSignature } from '../corroborate/minhash.js';
import { wordShingles } from '../corroborate/shingles.js';
import type { Analysis } from '../pipeline/contract.js';
import type { DerivedForms } from './knowledge-store.js';
import { indexForm } from './search-terms.js';

/** Index forms of the title and body, and the signature of the body's word 4-shingles. */
export function deriveForms(analysis: Analysis): DerivedForms {
  const { title, text } = analysis.article;
  return {
    titleIndex: indexForm(title ?? ''),
    bodyIndex: indexForm(text),
    signature: minhashSignature(wordShingles(text)),
  };
}
