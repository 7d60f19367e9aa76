/** The WHATWG `<meta>` prescan: the charset a page declares in its first bytes. */

/** How many bytes the `<meta>` prescan looks at. WHATWG says 1024; old pages put it later. */
export const PRESCAN_BYTES = 4096;


const WS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/**
 * The charset label declared by the first `<meta charset>` or `<meta http-equiv="content-type"
 * content="...; charset=...">` in the first `limit` bytes, following the WHATWG prescan: comments
 * are skipped, attributes are read as the HTML tokenizer would, and a `content` charset counts
 * only together with `http-equiv="content-type"`. Returns the label as written (the caller
 * resolves it, and maps UTF-16 labels to utf-8 as the spec says), or null.
 */
export function prescanMetaCharset(bytes: Uint8Array, limit = PRESCAN_BYTES): string | null {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).toString('latin1');
  const lower = s.toLowerCase();
  let pos = 0;
  while (pos < s.length) {
    if (lower.startsWith('<!--', pos)) {
      const end = lower.indexOf('-->', pos + 2);
      if (end < 0) return null;
      pos = end + 3;
    } else if (lower.startsWith('<meta', pos) && (WS.has(s.charCodeAt(pos + 5)) || s[pos + 5] === '/')) {
      pos += 5;
      const seen = new Set<string>();
      let gotPragma = false;
      let needPragma: boolean | null = null;
      let charset: string | null = null;
      for (;;) {
        const attr = readAttribute(s, pos);
        if (!attr) break;
        pos = attr.next;
        if (seen.has(attr.name)) continue;
        seen.add(attr.name);
        if (attr.name === 'http-equiv') {
          if (attr.value === 'content-type') gotPragma = true;
        } else if (attr.name === 'content') {
          if (charset === null) {
            const found = charsetFromMetaContent(attr.value);
            if (found !== null) {
              charset = found;
              needPragma = true;
            }
          }
        } else if (attr.name === 'charset') {
          charset = attr.value;
          needPragma = false;
        }
      }
      // Unlike the spec, an unknown label is returned too, so that the caller can report it.
      if (needPragma === null || charset === null || charset.trim() === '') continue;
      if (needPragma && !gotPragma) continue;
      return charset.trim();
    } else if (/^<\/?[a-z]/.test(lower.slice(pos, pos + 3))) {
      while (pos < s.length && !WS.has(s.charCodeAt(pos)) && s[pos] !== '>') pos++;
      for (;;) {
        const attr = readAttribute(s, pos);
        if (!attr) break;
        pos = attr.next;
      }
    } else if (lower.startsWith('<!', pos) || lower.startsWith('</', pos) || lower.startsWith('<?', pos)) {
      const end = s.indexOf('>', pos);
      if (end < 0) return null;
      pos = end + 1;
    } else {
      pos++;
    }
  }
  return null;
}

/** WHATWG "get an attribute": name and value lower-cased, or null at `>` or the end. */
function readAttribute(s: string, start: number): { name: string; value: string; next: number } | null {
  let pos = start;
  while (pos < s.length && (WS.has(s.charCodeAt(pos)) || s[pos] === '/')) pos++;
  if (pos >= s.length || s[pos] === '>') return null;
  let name = '';
  let value = '';
  for (;;) {
    if (pos >= s.length) return null;
    const c = s[pos]!;
    if (c === '=' && name !== '') {
      pos++;
      break;
    }
    if (WS.has(c.charCodeAt(0))) {
      while (pos < s.length && WS.has(s.charCodeAt(pos))) pos++;
      if (s[pos] !== '=') return { name, value, next: pos };
      pos++;
      break;
    }
    if (c === '/' || c === '>') return { name, value, next: pos };
    name += c.toLowerCase();
    pos++;
  }
  while (pos < s.length && WS.has(s.charCodeAt(pos))) pos++;
  if (pos >= s.length) return null;
  const q = s[pos];
  if (q === '"' || q === "'") {
    const end = s.indexOf(q, pos + 1);
    if (end < 0) return null;
    return { name, value: s.slice(pos + 1, end).toLowerCase(), next: end + 1 };
  }
  if (q === '>') return { name, value, next: pos };
  while (pos < s.length && !WS.has(s.charCodeAt(pos)) && s[pos] !== '>') value += s[pos++]!.toLowerCase();
  return { name, value, next: pos };
}

/** WHATWG "extract a character encoding from a meta element" (the `content` attribute). */
function charsetFromMetaContent(content: string): string | null {
  let pos = 0;
  for (;;) {
    const at = content.indexOf('charset', pos);
    if (at < 0) return null;
    pos = at + 7;
    while (WS.has(content.charCodeAt(pos))) pos++;
    if (content[pos] !== '=') continue;
    pos++;
    while (WS.has(content.charCodeAt(pos))) pos++;
    const q = content[pos];
    if (q === undefined) return null;
    if (q === '"' || q === "'") {
      const end = content.indexOf(q, pos + 1);
      return end < 0 ? null : content.slice(pos + 1, end);
    }
    let end = pos;
    while (end < content.length && !WS.has(content.charCodeAt(end)) && content[end] !== ';') end++;
    return content.slice(pos, end);
  }
}
