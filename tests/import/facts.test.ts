/** How one catalogue route's facts map to our fields, rule by rule. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  capabilitiesOf,
  kindOf,
  modelFactsOf,
  priceOf,
  samePrice,
} from '../../src/import/facts.ts';
import { parseImportConfig } from '../../src/import/config.ts';
import { parseCatalogue } from '../../src/import/catalogue.ts';

const io = (input: string[], output: string[]) => ({ modalities: { input, output } });

describe('capabilitiesOf', () => {
  it('maps image input to vision and non-text input to multimodal', () => {
    expect(capabilitiesOf({ ...io(['text', 'image'], ['text']), attachment: true })).toEqual({
      vision: true,
      multimodal: true,
    });
    expect(capabilitiesOf(io(['text', 'audio'], ['text']))).toEqual({ multimodal: true });
  });

  it('says false only where the catalogue says false', () => {
    // Text only with attachment false: no image input, not multimodal.
    expect(capabilitiesOf({ ...io(['text'], ['text']), attachment: false })).toEqual({
      vision: false,
      multimodal: false,
    });
    // Attachment true with text-only inputs (e.g. files): vision unknown, so left out.
    expect(capabilitiesOf({ ...io(['text'], ['text']), attachment: true })).toEqual({
      multimodal: false,
    });
    // Text in, audio out: not "text only", but no non-text input either: multimodal left out.
    expect(capabilitiesOf(io(['text'], ['audio']))).toEqual({});
    // No modalities, no flags: nothing.
    expect(capabilitiesOf({})).toEqual({});
  });

  it('maps reasoning, tool_call and structured_output as given', () => {
    expect(capabilitiesOf({ reasoning: false, tool_call: true, structured_output: false })).toEqual(
      { reasoning: false, function_calling: true, structured_outputs: false },
    );
    expect(capabilitiesOf({ reasoning: true })).toEqual({ reasoning: true });
  });
});

describe('kindOf', () => {
  it('reads the kind from the output modalities', () => {
    expect(kindOf(io(['text', 'image'], ['text']))).toBe('language');
    expect(kindOf(io(['text'], ['image']))).toBe('image');
    expect(kindOf(io(['text', 'image'], ['video']))).toBe('video');
    expect(kindOf(io(['text'], ['audio']))).toBe('speech');
    expect(kindOf(io(['audio'], ['text']))).toBe('transcription');
  });

  it('tells speech-to-speech models from omni language models', () => {
    expect(kindOf(io(['audio', 'text'], ['audio', 'text']))).toBe('voice');
    expect(
      kindOf({ id: 'gpt-realtime-2.1', ...io(['text', 'audio', 'image'], ['text', 'audio']) }),
    ).toBe('voice');
    expect(kindOf(io(['text', 'image', 'audio', 'video'], ['text', 'audio']))).toBe('language');
  });

  it('tells embeddings and rerankers by name, since they are text → text', () => {
    expect(kindOf({ id: 'text-embedding-3-small', ...io(['text'], ['text']) })).toBe('embedding');
    expect(kindOf({ id: 'x', family: 'acme-rerank', ...io(['text'], ['text']) })).toBe('rerank');
  });
});

describe('modelFactsOf', () => {
  it('keeps only values our schema accepts', () => {
    expect(
      modelFactsOf({
        name: 'X',
        release_date: '2025-03',
        knowledge: '2024-10-31',
        limit: { context: 0 },
      }),
    ).toEqual({ name: 'X', knowledge_cutoff: '2024-10-31', capabilities: {} });
    expect(
      modelFactsOf({ name: 'A <b>', release_date: '2025-03-01', limit: { context: 128000 } }),
    ).toEqual({ released: '2025-03-01', context_window: 128000, capabilities: {} });
  });
});

describe('priceOf and samePrice', () => {
  it('maps cost to our price per 1M tokens, with context tiers in ascending order', () => {
    expect(
      priceOf(
        {
          input: 1.25,
          output: 10,
          cache_read: 0.125,
          cache_write: 1.5,
          tiers: [
            { tier: { type: 'context', size: 272000 }, input: 2.5, output: 15, cache_read: 0.25 },
            { tier: { size: 128000 }, input: 2, output: 12 },
            { tier: { type: 'other', size: 1 }, input: 9, output: 9 },
            { tier: { size: 500000 }, input: 3 },
          ],
        },
        'language',
      ),
    ).toEqual({
      input: 1.25,
      output: 10,
      cached_input: 0.125,
      tiers: [
        { above_tokens: 128000, input: 2, output: 12 },
        { above_tokens: 272000, input: 2.5, output: 15, cached_input: 0.25 },
      ],
    });
  });

  it('drops a 0 output for embeddings, keeps it for language models, removes float noise', () => {
    expect(priceOf({ input: 0.02, output: 0 }, 'embedding')).toEqual({ input: 0.02 });
    expect(priceOf({ input: 0.1 + 0.2, output: 0 }, 'language')).toEqual({ input: 0.3, output: 0 });
    expect(priceOf({ output: 1 }, 'language')).toBeUndefined();
    // cache_read 0 beside a paid input is "no cache price"; beside a free input it is a price.
    expect(priceOf({ input: 0.5, output: 1.5, cache_read: 0 }, 'language')).toEqual({
      input: 0.5,
      output: 1.5,
    });
    expect(priceOf({ input: 0, output: 0, cache_read: 0 }, 'language')).toEqual({
      input: 0,
      output: 0,
      cached_input: 0,
    });
    // A cache price above the input price is a catalogue error (models.dev once gave Novita's MiMo-V2-Flash its output price): left out.
    expect(priceOf({ input: 0.1, output: 0.3, cache_read: 0.3 }, 'language')).toEqual({
      input: 0.1,
      output: 0.3,
    });
    expect(
      priceOf(
        {
          input: 1,
          output: 2,
          tiers: [{ tier: { size: 200000 }, input: 2, output: 4, cache_read: 3 }],
        },
        'language',
      ),
    ).toEqual({ input: 1, output: 2, tiers: [{ above_tokens: 200000, input: 2, output: 4 }] });
    expect(priceOf(undefined, 'language')).toBeUndefined();
  });

  it('compares only the figures the catalogue gives', () => {
    const current = { input: 1, output: 4, cached_input: 0.1 };
    expect(samePrice(current, { input: 1, output: 4 })).toBe(true);
    expect(samePrice(current, { input: 1, output: 4, cached_input: 0.2 })).toBe(false);
    expect(samePrice(current, { input: 1, output: 5 })).toBe(false);
    expect(
      samePrice(current, {
        input: 1,
        output: 4,
        tiers: [{ above_tokens: 200000, input: 2, output: 8 }],
      }),
    ).toBe(false);
    expect(samePrice(undefined, { input: 1 })).toBe(false);
  });

  it('takes a catalogue price equal to either rate of a time-of-day route as unchanged', () => {
    const current = {
      input: 1.32,
      output: 3.96,
      cached_input: 0.044,
      off_peak: { windows_utc: ['10:00-01:00'], input: 0.66, output: 1.98, cached_input: 0.022 },
    };
    expect(samePrice(current, { input: 1.32, output: 3.96, cached_input: 0.044 })).toBe(true);
    expect(samePrice(current, { input: 0.66, output: 1.98, cached_input: 0.022 })).toBe(true);
    expect(samePrice(current, { input: 0.66, output: 1.98 })).toBe(true);
    expect(samePrice(current, { input: 0.66, output: 3.96 })).toBe(false);
    expect(samePrice(current, { input: 0.435, output: 0.87 })).toBe(false);
  });
});

describe('inputs', () => {
  it('the shipped mapping config parses', () => {
    const file = path.resolve(import.meta.dirname, '..', '..', 'scripts', 'import-config.yaml');
    const config = parseImportConfig(readFileSync(file, 'utf8'), file);
    expect(config.providers.get('mistral')?.provider).toBe('mistral-ai-studio');
    expect(config.models.get('mistral/mistral-small-2603')?.model).toBe('mistral-small-4');
  });

  it('rejects a config with an unknown key or a bad id, naming the field', () => {
    expect(() => parseImportConfig('providers:\n  x:\n    provider: X Y\n')).toThrow(
      /providers\.x\.provider/,
    );
    expect(() => parseImportConfig('provider:\n  x: {}\n')).toThrow(/provider/);
    expect(() => parseImportConfig('models:\n  no-slash: foo\n')).toThrow(/<lab>\/<model>/);
  });

  it('reads a catalogue leniently but rejects the wrong shape', () => {
    const c = parseCatalogue(
      JSON.stringify({
        p: { id: 'p', models: { r: { id: 'r', reasoning: 'yes', cost: { input: '1' } } } },
      }),
    );
    expect(c.p!.models.r!.reasoning).toBeUndefined();
    expect(c.p!.models.r!.cost!.input).toBeUndefined();
    expect(() => parseCatalogue('{"p": {"id": "p"}}')).toThrow(/api\.json shape/);
    expect(() => parseCatalogue('not json')).toThrow(/not valid JSON/);
  });
});
