/** UTF-8 validation: where a byte sequence stops being valid UTF-8, in decoded-text offsets. */

/** What a UTF-8 scan found. Offsets are UTF-16 positions in the text TextDecoder produces. */
export interface Utf8Scan {
  /** Invalid sequences, each of which TextDecoder replaces by one U+FFFD. */
  invalid: number;
  /** Valid sequences of two bytes or more. */
  multibyte: number;
  /** Where the first replacement character lands in the decoded text, or -1. */
  firstInvalid: number;
}

/**
 * Scans `bytes` as UTF-8 following the WHATWG decoder (one U+FFFD per maximal invalid
 * subpart), counting errors and locating the first one in the decoded text. A U+FFFD that is
 * validly encoded in the input is not an error. `start` skips a BOM.
 */
export function scanUtf8(bytes: Uint8Array, start = 0): Utf8Scan {
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let out = 0;
  let invalid = 0;
  let multibyte = 0;
  let firstInvalid = -1;
  const fail = () => {
    if (firstInvalid < 0) firstInvalid = out;
    invalid++;
    out++;
  };
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b <= 0x7f) out++;
      else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
        cp = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
        cp = b & 0x07;
      } else fail();
      continue;
    }
    if (b < lower || b > upper) {
      needed = seen = cp = 0;
      lower = 0x80;
      upper = 0xbf;
      fail();
      i--; // the byte starts over as the first byte of a new sequence
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) {
      out += cp > 0xffff ? 2 : 1;
      multibyte++;
      needed = seen = cp = 0;
    }
  }
  if (needed !== 0) fail();
  return { invalid, multibyte, firstInvalid };
}
