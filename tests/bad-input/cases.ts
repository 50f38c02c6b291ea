/**
 * The bad-input corpus: each case is the base catalogue (a copy of the seed
 * fixture, tests/bad-input/base/) with one breakage, and the exact lines the
 * loader prints for it, paths relative to the data directory. `{today}` in
 * an expected line stands for the date the check ran.
 */
import { HOSTILE_CASES } from './hostile-cases.ts';

/** New content, null to delete, a function of the current text, a copy of another base file, a symbolic link to one, or a named pipe. */
export type Edit =
  | string
  | Buffer
  | null
  | ((text: string) => string)
  | { copyOf: string }
  | { linkTo: string }
  | { fifo: true };

export interface BadCase {
  name: string;
  edits: Record<string, Edit>;
  expected: string[];
}

/** Replaces `from` (which must occur) by `to`. */
export const swap = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`corpus edit: "${from}" not found in the base file`);
  return text.replace(from, to);
};
/** Appends lines. */
const append = (lines: string) => (text: string) => `${text.trimEnd()}\n${lines}\n`;

const M = 'models/mistral-small-4.yaml';
const P = 'providers/openrouter.yaml';
const K = 'makers/mistral-ai.yaml';
const BENCH = 'benchmarks/gpqa-diamond.yaml';
const benchmark =
  'name: GPQA Diamond\nmeasures: Graduate-level science questions.\ncategory: reasoning\nunit: "%"\nhigher_is_better: true\nurl: https://github.com/idavidrein/gpqa\n';
const score = (id: string, extra = '') =>
  `benchmarks:\n  - benchmark: ${id}\n    score: 71.2\n    source: https://mistral.ai/news/mistral-small-4\n    date: 2026-03-16\n    run_by: maker\n${extra}`;

export const CASES: BadCase[] = [
  // YAML syntax
  {
    name: 'yaml: unclosed quote',
    edits: { [M]: swap('name: Mistral Small 4', 'name: "Mistral Small 4') },
    expected: [
      'models/mistral-small-4.yaml:1:7 YAML syntax error: the text opened with " is never closed: add the closing "',
    ],
  },
  {
    name: 'yaml: bad indentation',
    edits: {
      [M]: swap(
        '  total_billions: 119\n  active_billions: 6.5',
        '  total_billions: 119\n   active_billions: 6.5',
      ),
    },
    expected: [
      'models/mistral-small-4.yaml:8:4 YAML syntax error: this line is indented more than the key above it: keys of one mapping must line up',
    ],
  },
  {
    name: 'yaml: duplicate key',
    edits: { [K]: append('name: Mistral') },
    expected: ['makers/mistral-ai.yaml:4:1 name: is given twice in the same mapping: keep one'],
  },
  {
    name: 'yaml: tab indentation',
    edits: { [M]: swap('  vision: true', '\tvision: true') },
    expected: ['models/mistral-small-4.yaml:19:1 YAML syntax error: indent with spaces, not tabs'],
  },
  {
    name: 'yaml: two documents in one file',
    edits: { [K]: append('---\nname: Other') },
    expected: [
      'makers/mistral-ai.yaml:4:1 YAML syntax error: a record file holds one document: remove the "---" line and what follows, or split it into two files',
    ],
  },
  {
    name: 'yaml: alias bomb',
    edits: {
      [K]: append(
        'x: &a [1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c]',
      ),
    },
    expected: [
      'makers/mistral-ai.yaml:1:1 uses too many YAML aliases (*name): write the values out in full',
    ],
  },
  {
    name: 'yaml: a duplicate key in a nested mapping is named by its path',
    edits: { [M]: swap('  vision: true', '  vision: true\n  vision: false') },
    expected: [
      'models/mistral-small-4.yaml:20:3 capabilities.vision: is given twice in the same mapping: keep one',
    ],
  },
  {
    name: 'yaml: an explicit tag (it would turn 256000 into text)',
    edits: { [M]: swap('context_window: 256000', 'context_window: !!str 256000') },
    expected: [
      'models/mistral-small-4.yaml:5:17 context_window: uses the YAML tag "!!str": tags are not allowed in records; write the plain value',
    ],
  },
  {
    name: 'yaml: a merge key (core YAML 1.2 would read it as a key named "<<")',
    edits: { [K]: append('<<: { reviewed: 2026-05-14 }') },
    expected: [
      'makers/mistral-ai.yaml:4:1 <<: is a YAML merge key, which records do not support: write the fields out in full',
    ],
  },
  {
    name: 'yaml: a list as a key',
    edits: { [K]: append('? [a, b]\n: x') },
    expected: [
      'makers/mistral-ai.yaml:4:3 has a key that is not a field name (a list, a mapping or an empty key): write keys as plain names, like "name:"',
    ],
  },
  {
    name: 'not a mapping: a list at the top',
    edits: { [K]: '- name: Mistral AI\n- homepage: https://mistral.ai\n' },
    expected: [
      'makers/mistral-ai.yaml:1:1 must be a mapping of fields (key: value), not a single value or a list',
    ],
  },
  // Wrong types
  {
    name: 'type: context window as text',
    edits: { [M]: swap('context_window: 256000', 'context_window: 256K') },
    expected: [
      'models/mistral-small-4.yaml:5:17 context_window: must be a whole number of tokens; found text "256K"',
    ],
  },
  {
    name: 'type: capability as "yes"',
    edits: { [M]: swap('  vision: true', '  vision: yes') },
    expected: [
      'models/mistral-small-4.yaml:19:11 capabilities.vision: must be true or false (leave it out when not sourced); found text "yes"',
    ],
  },
  {
    name: 'type: sources as one string',
    edits: {
      [M]: swap(
        'sources:\n  - https://mistral.ai/news/mistral-small-4\n  - https://huggingface.co/mistralai/Mistral-Small-4-119B-2603\n  - https://docs.mistral.ai/getting-started/models/',
        'sources: https://mistral.ai/news/mistral-small-4',
      ),
    },
    expected: [
      'models/mistral-small-4.yaml:30:10 sources: must be a list of URLs; found text "https://mistral.ai/news/mistral-small-4"',
    ],
  },
  {
    name: 'type: price as quoted text',
    edits: { [P]: swap('input: 0.15', 'input: "0.15"') },
    expected: [
      'providers/openrouter.yaml:13:16 routes[0].prices[0].input: must be a number (USD per 1M tokens); found text "0.15": remove the quotes',
    ],
  },
  {
    name: 'type: empty value',
    edits: { [M]: swap('context_window: 256000', 'context_window:') },
    expected: [
      'models/mistral-small-4.yaml:5:16 context_window: has no value: give one, or leave the key out',
    ],
  },
  // Unknown keys and values
  {
    name: 'unknown key: near miss in a nested object',
    edits: { [M]: swap('  vision: true', '  vison: true') },
    expected: [
      'models/mistral-small-4.yaml:19:3 capabilities.vison: unknown key (did you mean "vision"?)',
    ],
  },
  {
    name: 'unknown key: near miss at the top',
    edits: { [M]: swap('context_window: 256000', 'context_windows: 256000') },
    expected: [
      'models/mistral-small-4.yaml:5:1 context_windows: unknown key (did you mean "context_window"?)',
    ],
  },
  {
    name: 'unknown key: no near match',
    edits: { [K]: append('twitter_handle: mistralai') },
    expected: [
      'makers/mistral-ai.yaml:4:1 twitter_handle: unknown key (allowed: name, homepage, reviewed)',
    ],
  },
  {
    name: 'unknown value: enum near miss',
    edits: { [M]: swap('kind: language', 'kind: langauge') },
    expected: [
      'models/mistral-small-4.yaml:3:7 kind: must be one of: language, speech, transcription, voice, embedding, image, video, rerank (did you mean "language"?)',
    ],
  },
  // Missing required fields
  {
    name: 'missing: model reviewed',
    edits: { [M]: swap('reviewed: 2026-05-14', '') },
    expected: ['models/mistral-small-4.yaml:1:1 reviewed: is required but missing'],
  },
  {
    name: 'missing: maker homepage',
    edits: { [K]: swap('homepage: https://mistral.ai\n', '') },
    expected: ['makers/mistral-ai.yaml:1:1 homepage: is required but missing'],
  },
  {
    name: 'missing: price date',
    edits: { [P]: swap('      - seen: 2026-05-14\n        input: 0.15', '      - input: 0.15') },
    expected: ['providers/openrouter.yaml:12:9 routes[0].prices[0].seen: is required but missing'],
  },
  {
    name: 'missing: output price of a language model',
    edits: { [P]: swap('        output: 0.60\n', '') },
    expected: [
      'providers/openrouter.yaml:12:9 routes[0].prices[0].output: is required for a language model (only input-only models such as embeddings may leave it out)',
    ],
  },
  // Numbers
  {
    name: 'number: context window 0',
    edits: { [M]: swap('context_window: 256000', 'context_window: 0') },
    expected: ['models/mistral-small-4.yaml:5:17 context_window: must be at least 1 token'],
  },
  {
    name: 'number: context window 10^12',
    edits: { [M]: swap('context_window: 256000', 'context_window: 1000000000000') },
    expected: [
      'models/mistral-small-4.yaml:5:17 context_window: is over 100M tokens: check the figure',
    ],
  },
  {
    name: 'number: context window not whole',
    edits: { [M]: swap('context_window: 256000', 'context_window: 128000.5') },
    expected: [
      'models/mistral-small-4.yaml:5:17 context_window: must be a whole number of tokens; found the number 128000.5',
    ],
  },
  {
    name: 'number: negative price',
    edits: { [P]: swap('input: 0.15', 'input: -0.15') },
    expected: ['providers/openrouter.yaml:13:16 routes[0].prices[0].input: must not be negative'],
  },
  {
    name: 'number: absurd price',
    edits: { [P]: swap('output: 0.60', 'output: 600000') },
    expected: [
      'providers/openrouter.yaml:14:17 routes[0].prices[0].output: is over $10,000 per 1M tokens: check the unit (USD per 1M tokens)',
    ],
  },
  {
    name: 'number: active above total parameters',
    edits: { [M]: swap('active_billions: 6.5', 'active_billions: 650') },
    expected: [
      'models/mistral-small-4.yaml:8:20 parameters.active_billions: must not exceed total_billions (active parameters are a part of the total)',
    ],
  },
  {
    name: 'number: tiers out of order',
    edits: {
      [P]: append(
        '        tiers:\n          - above_tokens: 200000\n            input: 0.3\n            output: 1.2\n          - above_tokens: 128000\n            input: 0.4\n            output: 1.6',
      ),
    },
    expected: [
      'providers/openrouter.yaml:20:27 routes[0].prices[0].tiers[1].above_tokens: tiers must be in ascending order of above_tokens',
    ],
  },
  {
    name: 'number: infinite price (.inf, or 1e400)',
    edits: { [P]: swap('input: 0.15', 'input: 1e400') },
    expected: [
      'providers/openrouter.yaml:13:16 routes[0].prices[0].input: must be a number (USD per 1M tokens); found an infinite number (.inf, or a figure too large to hold)',
    ],
  },
  {
    name: 'number: thousands separators',
    edits: { [M]: swap('context_window: 256000', 'context_window: 256_000') },
    expected: [
      'models/mistral-small-4.yaml:5:17 context_window: must be a whole number of tokens; found text "256_000": write it without separators, as 256000',
    ],
  },
  {
    name: 'number: cached input above input',
    edits: { [P]: swap('cached_input: 0.015', 'cached_input: 1.5') },
    expected: [
      'providers/openrouter.yaml:15:23 routes[0].prices[0].cached_input: is above the input price (0.15): cached input tokens are billed at a discount, never more; check the figures',
    ],
  },
  {
    name: 'number: a % score above 100',
    edits: {
      [BENCH]: benchmark,
      [M]: append(score('gpqa-diamond').replace('score: 71.2', 'score: 150')),
    },
    expected: [
      'models/mistral-small-4.yaml:37:12 benchmarks[0].score: is 150, but gpqa-diamond is scored in % (0 to 100): check the figure',
    ],
  },
  // Dates
  {
    name: 'date: 30 February',
    edits: { [M]: swap('released: 2026-03-16', 'released: 2026-02-30') },
    expected: ['models/mistral-small-4.yaml:4:11 released: is not a real calendar date'],
  },
  {
    name: 'date: day-first format',
    edits: { [M]: swap('released: 2026-03-16', 'released: 16/03/2026') },
    expected: ['models/mistral-small-4.yaml:4:11 released: must be a date written YYYY-MM-DD'],
  },
  {
    name: 'date: month 13',
    edits: { [M]: swap('knowledge_cutoff: 2025-06', 'knowledge_cutoff: 2025-13') },
    expected: [
      'models/mistral-small-4.yaml:17:19 knowledge_cutoff: is not a real month: months run from 01 to 12',
    ],
  },
  {
    name: 'date: in the future',
    edits: { [K]: swap('reviewed: 2026-05-14', 'reviewed: 2099-01-01') },
    expected: ['makers/mistral-ai.yaml:3:11 reviewed: is in the future (today is {today})'],
  },
  {
    name: 'date: prices out of order',
    edits: { [P]: append('      - seen: 2026-01-02\n        input: 0.2\n        output: 0.8') },
    expected: [
      'providers/openrouter.yaml:12:7 routes[0].prices: must be in date order, oldest first, one price per date',
    ],
  },
  {
    name: 'date: release in the future',
    edits: { [M]: swap('released: 2026-03-16', 'released: 2099-03-16') },
    expected: ['models/mistral-small-4.yaml:4:11 released: is in the future (today is {today})'],
  },
  {
    name: 'date: cutoff with a time of day, said once',
    edits: { [M]: swap('knowledge_cutoff: 2025-06', 'knowledge_cutoff: 2025-06-01T00:00:00Z') },
    expected: [
      'models/mistral-small-4.yaml:17:19 knowledge_cutoff: must be a month written YYYY-MM (or a date YYYY-MM-DD)',
    ],
  },
  // References
  {
    name: 'reference: unknown maker',
    edits: { [M]: swap('maker: mistral-ai', 'maker: mistral') },
    expected: [
      'models/mistral-small-4.yaml:2:8 maker: no maker "mistral" in makers/ (did you mean "mistral-ai"?)',
    ],
  },
  {
    name: 'reference: unknown model in a route',
    edits: { [P]: swap('  - model: mistral-small-4', '  - model: mistral-small-5') },
    expected: [
      'providers/openrouter.yaml:7:12 routes[0].model: no model "mistral-small-5" in models/ (did you mean "mistral-small-4"?)',
    ],
  },
  {
    name: 'reference: unknown benchmark',
    edits: { [BENCH]: benchmark, [M]: append(score('gpqa')) },
    expected: [
      'models/mistral-small-4.yaml:36:16 benchmarks[0].benchmark: no benchmark "gpqa" in benchmarks/ (did you mean "gpqa-diamond"?)',
    ],
  },
  // Duplicates and ids
  {
    name: 'duplicate: two routes for one model',
    edits: {
      [P]: append(
        '  - model: mistral-small-4\n    source: https://openrouter.ai/mistralai/mistral-small-2603',
      ),
    },
    expected: [
      'providers/openrouter.yaml:16:12 routes[1].model: "mistral-small-4" already has a route at routes[0]; add prices to that route instead',
    ],
  },
  {
    name: 'duplicate: benchmark listed twice',
    edits: {
      [BENCH]: benchmark,
      [M]: append(
        score(
          'gpqa-diamond',
          '  - benchmark: gpqa-diamond\n    score: 70\n    source: https://mistral.ai/news/mistral-small-4\n    date: 2026-03-17\n    run_by: maker\n',
        ),
      ),
    },
    expected: [
      'models/mistral-small-4.yaml:41:16 benchmarks[1].benchmark: "gpqa-diamond" is listed twice for this model',
    ],
  },
  {
    name: 'duplicate: ids differing only in case',
    edits: { 'makers/Mistral-AI.yaml': 'name: Mistral AI (again)\nhomepage: https://mistral.ai\n' },
    expected: [
      'makers/Mistral-AI.yaml file name "Mistral-AI" is not a valid id: use lower-case kebab-case, like "mistral-ai.yaml"',
      'makers/mistral-ai.yaml id "mistral-ai" clashes with makers/Mistral-AI.yaml: ids must be unique, ignoring case',
    ],
  },
  {
    name: 'duplicate: two models with one name',
    edits: { 'models/mistral-small-4-copy.yaml': { copyOf: M } },
    expected: [
      'models/mistral-small-4-copy.yaml:1:7 name: "Mistral Small 4" is already the name of models/mistral-small-4.yaml: names must be unique, ignoring case',
    ],
  },
  {
    name: 'id: file name not kebab-case',
    edits: { 'makers/Mistral_AI.yaml': 'name: Mistral Copy\nhomepage: https://mistral.ai\n' },
    expected: [
      'makers/Mistral_AI.yaml file name "Mistral_AI" is not a valid id: use lower-case kebab-case, like "mistral-ai.yaml"',
    ],
  },
  {
    name: 'id: reference not kebab-case',
    edits: { [M]: swap('maker: mistral-ai', 'maker: Mistral AI') },
    expected: [
      'models/mistral-small-4.yaml:2:8 maker: must be a lower-case kebab-case maker id, like "mistral-ai"',
    ],
  },
  {
    name: 'duplicate: one api_id for two models of a provider (the importer finds routes by it)',
    edits: {
      [P]: append(
        '  - model: mimo-v2-pro\n    api_id: mistralai/mistral-small-2603\n    source: https://openrouter.ai/models',
      ),
    },
    expected: [
      'providers/openrouter.yaml:17:13 routes[1].api_id: is already the api_id of routes[0] ("mistral-small-4"): one API name calls one model',
    ],
  },
  {
    name: 'duplicate: a decision_fit entry',
    edits: {
      [M]: swap('decision_fit: [rag, agents, long-context]', 'decision_fit: [rag, agents, rag]'),
    },
    expected: ['models/mistral-small-4.yaml:29:15 decision_fit: must not repeat an entry'],
  },
  {
    name: 'duplicate: a source listed twice',
    edits: {
      [M]: swap(
        '  - https://docs.mistral.ai/getting-started/models/',
        '  - https://mistral.ai/news/mistral-small-4',
      ),
    },
    expected: ['models/mistral-small-4.yaml:31:3 sources: must not list a source twice'],
  },
  // Pair pages live at /compare/<a>-vs-<b>/: models "a-vs-b" and "c" would share a URL with "a" and "b-vs-c".
  {
    name: 'id: a model id holding the word "vs" (pair URLs must be unambiguous)',
    edits: {
      'models/mimo-vs-mistral.yaml':
        'name: MiMo vs Mistral\nmaker: xiaomi\nkind: language\nsources: [https://mimo.xiaomi.com]\nreviewed: 2026-05-14\n',
    },
    expected: [
      'models/mimo-vs-mistral.yaml model id "mimo-vs-mistral" holds the word "vs", which separates the two ids in a pair URL (/compare/<a>-vs-<b>/): rename the file, e.g. to "mimo-versus-mistral.yaml"',
    ],
  },
  // A pair page's folder is "<a>-vs-<b>": two long ids would pass the 255-byte file-name limit.
  {
    name: 'id: file name over 100 characters',
    edits: { [`makers/${'a'.repeat(101)}.yaml`]: 'name: Long\nhomepage: https://mistral.ai\n' },
    expected: [
      `makers/${'a'.repeat(101)}.yaml file name "${'a'.repeat(20)}…" is 101 characters long; an id may be at most 100`,
    ],
  },
  // Unsafe URLs and markup
  {
    name: 'url: javascript:',
    edits: { [K]: swap('homepage: https://mistral.ai', 'homepage: "javascript:alert(1)"') },
    expected: [
      'makers/mistral-ai.yaml:2:11 homepage: must be an http(s) URL: "javascript:" links are not allowed',
    ],
  },
  {
    name: 'url: data:',
    edits: {
      [M]: swap(
        '  - https://mistral.ai/news/mistral-small-4',
        '  - "data:text/html,<script>alert(1)</script>"',
      ),
    },
    expected: [
      'models/mistral-small-4.yaml:31:5 sources[0]: must be an http(s) URL: "data:" links are not allowed',
    ],
  },
  {
    name: 'text: script tag in a name',
    edits: { [M]: swap('name: Mistral Small 4', 'name: <script>alert(1)</script>') },
    expected: [
      'models/mistral-small-4.yaml:1:7 name: must be plain text without "<" or ">" (no HTML)',
    ],
  },
  {
    name: 'text: HTML in a list entry',
    edits: { [M]: swap('  - multimodal apps', '  - <b>multimodal</b> apps') },
    expected: [
      'models/mistral-small-4.yaml:26:5 best_for[0]: must be plain text without "<" or ">" (no HTML)',
    ],
  },
  {
    name: 'text: a bidirectional override in a name',
    edits: { [M]: swap('name: Mistral Small 4', 'name: "Mistral Small \\u202E4"') },
    expected: [
      'models/mistral-small-4.yaml:1:7 name: must not contain control or invisible characters (found U+202E): delete it, or retype the text',
    ],
  },
  {
    name: 'text: a zero-width space in an api_id',
    edits: {
      [P]: swap(
        'api_id: mistralai/mistral-small-2603',
        'api_id: "mistralai/mistral-small-2603\\u200B"',
      ),
    },
    expected: [
      'providers/openrouter.yaml:8:13 routes[0].api_id: must not contain control or invisible characters (found U+200B): delete it, or retype the text',
    ],
  },
  {
    name: 'url: a space',
    edits: { [K]: swap('homepage: https://mistral.ai', 'homepage: https://mistral.ai/le chat') },
    expected: [
      'makers/mistral-ai.yaml:2:11 homepage: must not contain spaces, invisible characters or any of " < > \\ ^ ` { | }: percent-encode them (a space is %20)',
    ],
  },
  {
    name: 'url: a user name and password',
    edits: {
      [K]: swap('homepage: https://mistral.ai', 'homepage: https://admin:secret@mistral.ai'),
    },
    expected: ['makers/mistral-ai.yaml:2:11 homepage: must not contain a user name or password'],
  },
  {
    name: 'url: an IP address',
    edits: { [K]: swap('homepage: https://mistral.ai', 'homepage: http://127.0.0.1:4321/') },
    expected: ['makers/mistral-ai.yaml:2:11 homepage: must name a host, not an IP address'],
  },
  {
    name: 'url: "https:" without "//" (a browser reads it as a link within the site)',
    edits: { [K]: swap('homepage: https://mistral.ai', 'homepage: https:mistral.ai') },
    expected: [
      'makers/mistral-ai.yaml:2:11 homepage: must start with "https://" or "http://" followed by the host name',
    ],
  },
  {
    name: 'url: a look-alike host with a Cyrillic letter',
    edits: { [K]: swap('homepage: https://mistral.ai', 'homepage: https://m\u0456stral.ai') },
    expected: [
      'makers/mistral-ai.yaml:2:11 homepage: has a host name with non-ASCII letters ("xn--mstral-pvf.ai" once encoded): check it is the real site, and write its host in ASCII',
    ],
  },
  {
    name: 'markdown: raw HTML in notes',
    edits: { [M]: append('notes: |\n  Good for *agents*.\n\n  <script>alert(1)</script>') },
    expected: [
      'models/mistral-small-4.yaml:38:3 notes: raw HTML is not allowed in markdown (found "<script>"); write plain markdown',
    ],
  },
  {
    name: 'markdown: javascript: link in notes',
    edits: { [M]: append('notes: "See [the card](javascript:alert(1)) first."') },
    expected: [
      'models/mistral-small-4.yaml:35:13 notes: link "javascript:alert(1)" must be an http(s) URL: "javascript:" links are not allowed',
    ],
  },
  // Files
  {
    name: 'file: empty',
    edits: { [K]: '' },
    expected: [
      'makers/mistral-ai.yaml file is empty: a record is a mapping of fields, like "name: …"',
    ],
  },
  {
    name: 'file: not UTF-8',
    edits: { [K]: Buffer.from('name: Mistral \xC9cole\nhomepage: https://mistral.ai\n', 'latin1') },
    expected: ['makers/mistral-ai.yaml is not valid UTF-8 text: save the file as UTF-8'],
  },
  {
    name: 'file: over 1 MB',
    edits: { [K]: (t) => `${t}# ${'x'.repeat(1_100_000)}\n` },
    expected: [
      'makers/mistral-ai.yaml file is 1,100,070 bytes; a record may be at most 1,000,000 bytes',
    ],
  },
  {
    name: 'file: leading BOM is dropped, positions unchanged',
    edits: { [K]: '\uFEFFname: Mistral AI\nhomepage: "javascript:void(0)"\n' },
    expected: [
      'makers/mistral-ai.yaml:2:11 homepage: must be an http(s) URL: "javascript:" links are not allowed',
    ],
  },
  {
    name: 'file: not a record',
    edits: { 'models/notes.txt': 'to do\n' },
    expected: [
      'models/notes.txt is not a record: records are <kind>/<id>.yaml with kind one of makers, models, providers, benchmarks',
    ],
  },
  {
    name: 'file: UTF-16 with a byte-order mark',
    edits: {
      [K]: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('name: Mistral AI\nhomepage: https://mistral.ai\n', 'utf16le'),
      ]),
    },
    expected: ['makers/mistral-ai.yaml is UTF-16 text: save the file as UTF-8'],
  },
  {
    name: 'file: UTF-16 without a byte-order mark',
    edits: { [K]: Buffer.from('name: Mistral AI\nhomepage: https://mistral.ai\n', 'utf16le') },
    expected: [
      'makers/mistral-ai.yaml looks like UTF-16 text (every other byte is zero): save the file as UTF-8',
    ],
  },
  {
    name: 'file: a NUL byte',
    edits: { [K]: 'name: Mistral\0 AI\nhomepage: https://mistral.ai\n' },
    expected: [
      'makers/mistral-ai.yaml:1:14 holds the control character U+0000, which YAML does not allow: delete it',
    ],
  },
  {
    name: 'file: .yml extension',
    edits: { 'makers/le-chat.yml': 'name: Le Chat\nhomepage: https://mistral.ai\n' },
    expected: [
      'makers/le-chat.yml is not a record: record files end in ".yaml": rename it to "le-chat.yaml"',
    ],
  },
  {
    name: 'file: a record in a sub-folder',
    edits: { 'models/old/mistral-small-3.yaml': 'name: Mistral Small 3\n' },
    expected: [
      'models/old/mistral-small-3.yaml is in a sub-folder of models/: records are read from models/ itself, as models/<id>.yaml',
    ],
  },
  {
    name: 'file: a symbolic link (not followed)',
    edits: { 'makers/mistral.yaml': { linkTo: 'makers/mistral-ai.yaml' } },
    expected: [
      'makers/mistral.yaml is a symbolic link: a record must be a file of its own in the data folder',
    ],
  },
  // Several at once
  {
    name: 'several problems in several files',
    edits: {
      [M]: swap('context_window: 256000', 'context_window: 0'),
      [P]: swap('input: 0.15', 'input: -1'),
      [K]: swap('homepage: https://mistral.ai', 'homepage: ftp://mistral.ai'),
    },
    expected: [
      'makers/mistral-ai.yaml:2:11 homepage: must be an http(s) URL: "ftp:" links are not allowed',
      'models/mistral-small-4.yaml:5:17 context_window: must be at least 1 token',
      'providers/openrouter.yaml:13:16 routes[0].prices[0].input: must not be negative',
    ],
  },
  ...HOSTILE_CASES,
];
