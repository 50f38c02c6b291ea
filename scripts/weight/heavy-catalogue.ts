/**
 * A heavier copy of a catalogue, to check the page-weight budget against
 * what the data may grow into: the given models get a score on up to
 * `scores` benchmarks each (the benchmarks they lack, by id), so every pair
 * among them shares that many. Scores are placeholders, sourced to each
 * model's first source and run by an independent party (the longest label):
 * for weighing pages only, never for data/.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

export function writeHeavyCatalogue(
  fromDir: string,
  toDir: string,
  modelIds: readonly string[],
  scores: number,
): void {
  cpSync(fromDir, toDir, { recursive: true });
  const benchmarks = readdirSync(path.join(toDir, 'benchmarks'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const doc = parseDocument(readFileSync(path.join(toDir, 'benchmarks', f), 'utf8'));
      return { id: f.slice(0, -5), unit: String(doc.get('unit')) };
    })
    .sort((x, y) => (x.id < y.id ? -1 : 1))
    .slice(0, scores);
  for (const id of modelIds) {
    const file = path.join(toDir, 'models', `${id}.yaml`);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const source = String((doc.toJS() as { sources: string[] }).sources[0]);
    const reviewed = String(doc.get('reviewed'));
    const list = (doc.toJS() as { benchmarks?: { benchmark: string }[] }).benchmarks ?? [];
    const have = new Set(list.map((s) => s.benchmark));
    const added = benchmarks
      .filter((b) => !have.has(b.id))
      .map((b, i) => ({
        benchmark: b.id,
        score: b.unit === '%' ? 40 + ((i * 7) % 55) + 0.5 : b.unit === 'Elo' ? 1400 + i : 50 + i,
        source,
        date: reviewed,
        run_by: 'Artificial Analysis',
      }));
    doc.set('benchmarks', [...list, ...added]);
    writeFileSync(file, String(doc));
  }
}
