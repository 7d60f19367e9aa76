import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSource, listFolderFiles, looksBinary, looksLikeHtml } from './folder-source.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('folder source', () => {
  it('tells HTML, text and binary bytes apart', () => {
    expect(looksLikeHtml(enc('\ufeff  <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(enc('<meta charset="windows-1256">'))).toBe(true);
    expect(looksLikeHtml(enc('قال المتحدث <b>'))).toBe(false);
    expect(looksBinary(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(enc('نص عادي'))).toBe(false);
  });

  it('walks folders in name order, takes HTML and text, sniffs other files, reports bad ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-folder-'));
    mkdirSync(join(dir, 'b', '.hidden'), { recursive: true });
    writeFileSync(join(dir, 'b', 'two.html'), '<p>خبر</p>');
    writeFileSync(join(dir, 'a.txt'), 'نص');
    writeFileSync(join(dir, 'page'), '<html><body>صفحة</body></html>');
    writeFileSync(join(dir, 'notes.md'), '# ملاحظات');
    writeFileSync(join(dir, 'image.txt'), Uint8Array.from([0xff, 0xd8, 0x00, 0x10]));
    writeFileSync(join(dir, 'b', '.hidden', 'x.html'), '<p>مخفي</p>');
    const { files, errors } = listFolderFiles([dir, join(dir, 'missing')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b/two.html', 'image.txt', 'notes.md', 'page']);
    expect(errors).toEqual([{ kind: 'error', label: join(dir, 'missing'), error: 'no such file or folder' }]);
    const items = [];
    for await (const item of folderSource(files)) items.push(item);
    expect(items.map((i) => [i.kind, i.label.slice(dir.length + 1)])).toEqual([
      ['document', 'a.txt'],
      ['document', 'b/two.html'],
      ['error', 'image.txt'],
      ['skipped', 'notes.md'],
      ['document', 'page'],
    ]);
    const page = items[4]!;
    expect(page.kind === 'document' && page.raw.contentType).toBe('text/html');
  });
});
