/** Corroboration: near-duplicate and republished stories, so copies do not count as independent sources. */

// MinHash over word shingles, with LSH bands
export { bandKeys, estimateJaccard, MINHASH_BANDS, MINHASH_ROWS, MINHASH_SIZE, minhashSignature, NEAR_DUPLICATE_JACCARD } from './minhash.js';
export { shingleWords, wordShingles } from './shingles.js';

// Republication credits (نقلا عن، بتصرف، المصدر)
export { creditedOutletName } from './credits.js';
