/** File and stream readers: the bytes of a local file or of standard input, capped in size. */

import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from './input-error.js';

/** Content types implied by file extensions; any other extension gives null. */
const TYPE_BY_EXTENSION: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.txt': 'text/plain',
};

/** The content type a file name implies (`.html`/`.htm` → text/html, `.txt` → text/plain), or null. */
export function contentTypeFromPath(path: string): string | null {
  return TYPE_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * Reads a regular file whole.
 *
 * @throws InputError not-found (missing or unreadable), not-a-file (a directory, a device, a
 *   FIFO) or too-large (more than `maxBytes`, checked before reading).
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileError(path, error);
  }
  if (!info.isFile()) {
    throw new InputError('not-a-file', `${path} is ${info.isDirectory() ? 'a directory' : 'not a regular file'}`);
  }
  if (info.size > maxBytes) {
    throw new InputError('too-large', `${path} is ${info.size} bytes, more than the limit of ${maxBytes} (maxBytes)`);
  }
  try {
    const handle = await open(path, 'r');
    try {
      // Read through the handle, capped, in case the file grew since stat().
      return await readStreamBytes(handle.createReadStream({ autoClose: false }), maxBytes, path);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw fileError(path, error);
  }
}

/**
 * Reads a stream to its end, without holding more than `maxBytes` of it.
 *
 * @throws InputError too-large once the stream passes `maxBytes`; `label` names the input.
 */
export async function readStreamBytes(stream: NodeJS.ReadableStream, maxBytes: number, label: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new InputError('too-large', `${label} is larger than the limit of ${maxBytes} bytes (maxBytes)`);
    }
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function fileError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError('not-found', `no such file: ${path}`, { cause: error });
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputError('not-found', `cannot read ${path}: permission denied`, { cause: error });
  }
  if (code === 'EISDIR') return new InputError('not-a-file', `${path} is a directory`, { cause: error });
  return new InputError('not-found', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
}
