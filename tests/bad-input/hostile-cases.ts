/**
 * Corpus cases from issue 19 (hostile data): record files that are not
 * regular files, markdown nested too deeply, invisible and default-ignorable
 * characters, names that only look different, names the sharing images cannot
 * draw, and a catalogue without models.
 * Same shape as cases.ts, which lists them after its own.
 */
import type { BadCase } from './cases.ts';

const swap = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`corpus edit: "${from}" not found in the base file`);
  return text.replace(from, to);
};
const append = (lines: string) => (text: string) => `${text.trimEnd()}\n${lines}\n`;

const M = 'models/mistral-small-4.yaml';
const K = 'makers/mistral-ai.yaml';
const INVISIBLE = (found: string) =>
  `must not contain control or invisible characters (found ${found}): delete it, or retype the text`;
const renamed = (name: string) => ({ [M]: swap('name: Mistral Small 4', `name: "${name}"`) });
const lookAlike = (shown: string) =>
  `models/mistral-small-4.yaml:1:7 name: ${JSON.stringify(shown)} reads the same as "Mistral Small 4", the name of models/mimo-v2-pro.yaml (compared after NFKC normalisation and case folding, so full-width letters, other spaces and decomposed accents count as the plain ones): names must be unique`;
/** A copy of the model with another id, named `name`: the copy sorts after the original. */
const copyNamed = (name: string) => ({
  'models/mimo-v2-pro.yaml': (t: string) => t.replace(/^name: .*$/m, 'name: Mistral Small 4'),
  ...renamed(name),
});
const makerNamed = (name: string) => `name: "${name}"\nhomepage: https://mistral.ai\n`;

export const HOSTILE_CASES: BadCase[] = [
  // Record files that are not regular files: never opened in a way that can block.
  {
    name: 'file: a named pipe as a record (must not hang)',
    edits: { 'models/pipe.yaml': { fifo: true } },
    expected: [
      'models/pipe.yaml is a named pipe, not a regular file: a record must be a plain .yaml file',
    ],
  },
  // Markdown nesting
  {
    name: 'markdown: 1,990 nested ">" in notes (refused before parsing)',
    edits: { [M]: append(`notes: "${'>'.repeat(1990)} deep"`) },
    expected: [
      'models/mistral-small-4.yaml:35:9 notes: quotes, lists or indentation go 1990 levels deep on this line; quotes and lists may be nested at most 6 levels: flatten the text',
    ],
  },
  {
    name: 'markdown: quotes nested 7 deep in notes',
    edits: { [M]: append(`notes: |\n  Intro.\n\n  ${'> '.repeat(7)}deep`) },
    expected: [
      'models/mistral-small-4.yaml:38:15 notes: quotes and lists are nested 7 levels deep here; they may be nested at most 6 levels: flatten the text',
    ],
  },
  {
    name: 'markdown: lists nested 7 deep in notes',
    edits: {
      [M]: append(
        `notes: |\n${Array.from({ length: 7 }, (_, i) => `  ${'  '.repeat(i)}- level ${i + 1}`).join('\n')}`,
      ),
    },
    expected: [
      'models/mistral-small-4.yaml:42:15 notes: quotes and lists are nested 7 levels deep here; they may be nested at most 6 levels: flatten the text',
    ],
  },
  // Invisible and default-ignorable characters
  {
    name: 'text: a Hangul filler U+3164 in a name',
    edits: renamed('Mistral Small\\u31644'),
    expected: [`models/mistral-small-4.yaml:1:7 name: ${INVISIBLE('U+3164')}`],
  },
  {
    name: 'text: a Hangul choseong filler U+115F as a whole name',
    edits: renamed('\\u115F'),
    expected: [`models/mistral-small-4.yaml:1:7 name: ${INVISIBLE('U+115F')}`],
  },
  {
    name: 'text: a halfwidth Hangul filler U+FFA0 in a maker name',
    edits: { [K]: swap('name: Mistral AI', 'name: "Mistral\\uFFA0AI"') },
    expected: [`makers/mistral-ai.yaml:1:7 name: ${INVISIBLE('U+FFA0')}`],
  },
  {
    name: 'text: a braille blank U+2800 in a best_for phrase',
    edits: { [M]: swap('  - multimodal apps', '  - "multimodal\\u2800apps"') },
    expected: [`models/mistral-small-4.yaml:26:5 best_for[0]: ${INVISIBLE('U+2800')}`],
  },
  {
    name: 'text: a combining grapheme joiner U+034F in a name',
    edits: renamed('Mistral Small 4\\u034F'),
    expected: [`models/mistral-small-4.yaml:1:7 name: ${INVISIBLE('U+034F')}`],
  },
  {
    name: 'text: a Hangul jungseong filler U+1160 in markdown notes',
    edits: { [M]: append('notes: "Fast\\u1160and cheap."') },
    expected: [`models/mistral-small-4.yaml:35:8 notes: ${INVISIBLE('U+1160')}`],
  },
  {
    name: 'text: a variation selector U+FE0F in a name',
    edits: renamed('Mistral Small 4\\uFE0F'),
    expected: [`models/mistral-small-4.yaml:1:7 name: ${INVISIBLE('U+FE0F')}`],
  },
  // Names that only look different
  {
    name: 'duplicate: a full-width copy of a model name',
    edits: copyNamed('\uFF2D\uFF49\uFF53\uFF54\uFF52\uFF41\uFF4C Small 4'),
    expected: [lookAlike('\uFF2D\uFF49\uFF53\uFF54\uFF52\uFF41\uFF4C Small 4')],
  },
  {
    name: 'duplicate: a no-break-space copy of a model name',
    edits: copyNamed('Mistral\\u00A0Small 4'),
    expected: [lookAlike('Mistral\u00A0Small 4')],
  },
  {
    name: 'duplicate: an upper-case copy of a model name',
    edits: copyNamed('MISTRAL SMALL 4'),
    expected: [
      'models/mistral-small-4.yaml:1:7 name: "MISTRAL SMALL 4" is already the name of models/mimo-v2-pro.yaml: names must be unique, ignoring case',
    ],
  },
  {
    name: 'duplicate: a decomposed (NFD) copy of a maker name',
    edits: {
      'makers/ecole-ai.yaml': makerNamed('\u00C9cole AI'),
      'makers/ecole-copy.yaml': makerNamed('E\u0301cole AI'),
    },
    expected: [
      'makers/ecole-copy.yaml:1:7 name: "E\u0301cole AI" reads the same as "\u00C9cole AI", the name of makers/ecole-ai.yaml (compared after NFKC normalisation and case folding, so full-width letters, other spaces and decomposed accents count as the plain ones): names must be unique',
    ],
  },
  // Names the sharing images cannot draw
  {
    name: 'text: a model name in a script no font of the sharing images holds (runic)',
    edits: renamed('Futhark \u16A0'),
    expected: [
      'models/mistral-small-4.yaml:1:7 name: holds "\u16A0" (U+16A0), which the sharing images cannot draw: names may be written in Latin, Greek, Cyrillic, Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari or Thai letters',
    ],
  },
  // Nothing to compare
  {
    name: 'file: an empty models folder',
    edits: {
      'models/mimo-v2-5-tts-series.yaml': null,
      'models/mimo-v2-pro.yaml': null,
      [M]: null,
      'providers/mistral-ai-studio.yaml': null,
      'providers/nvidia-nim.yaml': null,
      'providers/openrouter.yaml': null,
      'providers/xiaomi.yaml': null,
    },
    expected: [
      'models holds no model records: the site compares models, so models/ must hold at least one <id>.yaml record',
    ],
  },
];
