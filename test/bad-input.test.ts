// Bad input through the real command: each gets a clear message and the right exit status, and
// none crashes, hangs or needs more than 1 GB (the child runs with a 1 GB heap cap).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src/cli/main.ts');
let dir = '';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  maxRssMb: number;
}

/** Runs `marsad analyze` on a file in a child process with a 1 GB heap and a time limit. */
function analyzeFile(name: string, content: string | Uint8Array, args: string[] = []): Run {
  const path = join(dir, name);
  writeFileSync(path, content);
  const res = spawnSync(
    process.execPath,
    ['--max-old-space-size=1024', '--import', 'tsx', '--import', join(ROOT, 'test/report-rss.mjs'), CLI, 'analyze', path, ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 },
  );
  const rss = /max-rss-mb=(\d+)/.exec(res.stderr ?? '');
  return { status: res.status, stdout: res.stdout ?? '', stderr: res.stderr ?? '', maxRssMb: rss ? Number(rss[1]) : -1 };
}

function messages(run: Run): { severity: string; rule: string }[] {
  return (JSON.parse(run.stdout) as { messages: { severity: string; rule: string }[] }).messages;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-bad-'));
});

describe('marsad analyze on bad input', () => {
  it('an empty file: an input-empty error and exit 1', () => {
    const run = analyzeFile('empty.txt', '');
    expect(run.status).toBe(1);
    expect(messages(run).map((m) => m.rule)).toContain('input-empty');
    expect(run.stderr).toMatch(/input-empty/);
  });

  it('a PNG: an input-binary error and exit 1', () => {
    const png = new Uint8Array(4096);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    for (let i = 16; i < png.length; i++) png[i] = (i * 7919) % 256;
    const run = analyzeFile('image.png', png);
    expect(run.status).toBe(1);
    expect(messages(run).map((m) => m.rule)).toContain('input-binary');
  });

  it('a page with no text: extract-no-text and exit 1', () => {
    const run = analyzeFile('blank.html', '<html><head><title></title></head><body><div><img src="a.png"></div></body></html>');
    expect(run.status).toBe(1);
    expect(messages(run).map((m) => m.rule)).toContain('extract-no-text');
  });

  it('an English page: extracted, with a not-Arabic warning and exit 0', () => {
    const para = 'The ministry said on Tuesday that talks between the two delegations would resume next week in Geneva. ';
    const html = `<html lang="en"><head><title>Talks to resume</title></head><body><article><h1>Talks to resume</h1><p>${para.repeat(3)}</p><p>${para.repeat(2)}</p></article></body></html>`;
    const run = analyzeFile('english.html', html);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { article: { language: string; text: string } };
    expect(out.article.language).toBe('en');
    expect(out.article.text).toContain('talks between the two delegations');
    expect(messages(run).map((m) => m.rule)).toContain('extract-not-arabic');
  });

  it('HTML nested 100,000 levels deep: no crash, no stack overflow', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>قال المتحدث إن الاجتماع سيعقد غدا في العاصمة لبحث الأوضاع الأمنية.</p>${'</div>'.repeat(depth)}</body></html>`;
    const run = analyzeFile('deep.html', html);
    expect(run.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect([0, 1]).toContain(run.status);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.maxRssMb).toBeLessThan(1024);
  });

  it('a 50 MB HTML page: finishes within the time limit and under 1 GB', () => {
    const para = '<p>قال مسؤول محلي إن قوات الأمن انتشرت في الأحياء الشرقية من المدينة بعد اشتباكات متقطعة استمرت حتى الفجر، وأضاف أن الهدوء عاد إلى الشوارع.</p>\n';
    const block = `<div class="post">${para.repeat(20)}</div>\n`;
    const count = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(block));
    const html = `<html lang="ar" dir="rtl"><head><title>صفحة كبيرة</title></head><body>${block.repeat(count)}</body></html>`;
    expect(Buffer.byteLength(html)).toBeGreaterThan(50 * 1024 * 1024);
    const run = analyzeFile('big.html', html, ['--no-pretty']);
    expect(run.status, run.stderr.slice(0, 500)).not.toBeNull();
    expect(run.stderr).not.toMatch(/heap out of memory|RangeError/);
    expect(run.maxRssMb).toBeGreaterThan(0);
    expect(run.maxRssMb).toBeLessThan(1024);
  }, 120_000);

  it('a file that does not exist: a one-line error and exit 1', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'analyze', join(dir, 'missing.html')], { cwd: ROOT, encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/missing\.html/);
  });
});
