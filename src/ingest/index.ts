/** Ingest: files, URLs, standard input and JSON lines into RawDocuments. */

// Reading one input
export {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_MAX_URL_BYTES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  readInput,
  type ReadOptions,
} from './read-input.js';
export { InputError, isInputError, type InputErrorCode } from './input-error.js';

// JSON lines
export { rawFromJsonLine, readJsonLines, type JsonLineResult } from './jsonl.js';

// Lower-level pieces: the fetcher and its address policy
export { fetchUrl, type FetchOptions, type FetchResult } from './url-fetcher.js';
export { addressRefusal } from './address-policy.js';
export { contentTypeFromPath } from './file-reader.js';
