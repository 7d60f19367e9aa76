import { describe, expect, it } from 'vitest';
import { createRecord, type DocumentRecord } from '../record/document.js';
import { createPipeline } from './pipeline.js';
import { PipelineError, type Stage } from './stage.js';

const raw = { bytes: new Uint8Array([0x61]), url: null, path: null, contentType: null, fetchedAt: '2026-01-01T00:00:00Z' };

const decode: Stage = {
  name: 'decode',
  requires: ['raw'],
  assigns: ['input'],
  run(doc, report) {
    const text = new TextDecoder().decode(doc.raw.bytes);
    if (text === '') {
      report({ severity: 'error', rule: 'input-empty', message: 'empty' });
      return doc;
    }
    return { ...doc, input: { text, charset: 'utf-8', charsetSource: 'default', format: 'text' } };
  },
};

const needsArticle: Stage = {
  name: 'repair',
  requires: ['article'],
  assigns: ['text'],
  run: (doc: DocumentRecord) => doc,
};

describe('createPipeline', () => {
  it('refuses a stage whose required layer nothing assigns before it', () => {
    expect(() => createPipeline([decode, needsArticle])).toThrowError(PipelineError);
    expect(() => createPipeline([decode, needsArticle])).toThrowError(/E001.*repair.*article/);
  });

  it('refuses two stages with one name', () => {
    expect(() => createPipeline([decode, decode])).toThrowError(/E002/);
  });

  it('runs stages in order and tags their messages with the stage name', () => {
    const pipeline = createPipeline([decode]);
    const out = pipeline.run(createRecord(raw));
    expect(out.input?.text).toBe('a');
    const empty = pipeline.run(createRecord({ ...raw, bytes: new Uint8Array() }));
    expect(empty.messages).toEqual([{ severity: 'error', rule: 'input-empty', message: 'empty', stage: 'decode' }]);
  });

  it('stops after a stage that could not assign its layer', () => {
    let ran = false;
    const after: Stage = { name: 'after', requires: ['input'], assigns: [], run: (d) => ((ran = true), d) };
    createPipeline([decode, after]).run(createRecord({ ...raw, bytes: new Uint8Array() }));
    expect(ran).toBe(false);
  });

  it('is frozen once built', () => {
    const pipeline = createPipeline([decode]);
    expect(Object.isFrozen(pipeline.stages)).toBe(true);
  });
});
