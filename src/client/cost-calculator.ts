/**
 * The cost calculator in the browser. The page already shows every figure at
 * the default traffic; this script adds the traffic form, reads a traffic
 * from the URL's query string, and redraws every `data-cf` figure from the
 * page's cost data with the same arithmetic and formatters as the build
 * (src/lib/cost/cost-figures.ts). The chosen traffic is written back to the URL.
 */
import type { Traffic } from '../lib/cost/cost.ts';
import { decodeCostData, type CostData } from '../lib/cost/cost-data.ts';
import { costFigures, type CostFigures } from '../lib/cost/cost-figures.ts';
import { createTrafficForm } from './cost-form.ts';
import {
  MAX_MONTHLY_MILLIONS,
  MAX_PROMPT_TOKENS,
  millionsToTokens,
  parseTrafficQuery,
  presetOf,
  TRAFFIC_PRESETS,
  tokensToMillions,
  trafficQuery,
} from '../lib/cost/cost-traffic.ts';

function start(section: HTMLElement): void {
  const dataEl = section.querySelector('script[data-cost-data]');
  const intro = section.querySelector('[data-cf="traffic"]')?.closest('p');
  if (!dataEl?.textContent || !intro) return;
  const form = createTrafficForm();
  const data = decodeCostData(dataEl.textContent);
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

  let traffic = parseTrafficQuery(location.search);
  writeForm(form, field, traffic);
  // Drawn even at the default traffic: the browser's figures then replace the build's, which they equal.
  draw(section, data, traffic);
  intro.after(form);

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name === 'preset') {
      const preset = TRAFFIC_PRESETS.find((p) => p.id === target.value);
      if (!preset) return;
      traffic = { ...traffic, inputTokens: preset.inputTokens, outputTokens: preset.outputTokens };
      writeForm(form, field, traffic);
    } else {
      traffic = readForm(field, traffic);
      checkPreset(form, traffic);
    }
    draw(section, data, traffic);
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${trafficQuery(traffic)}${location.hash}`,
    );
  });
}

/** The traffic the form states; an empty or out-of-range field keeps the previous value. */
function readForm(field: (name: string) => HTMLInputElement, previous: Traffic): Traffic {
  const num = (name: string, max: number) => {
    const input = field(name);
    const n = input.value.trim() === '' ? NaN : Number(input.value);
    return Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
  };
  const next: Traffic = {
    inputTokens: millionsToTokens(num('in', MAX_MONTHLY_MILLIONS)) ?? previous.inputTokens,
    outputTokens: millionsToTokens(num('out', MAX_MONTHLY_MILLIONS)) ?? previous.outputTokens,
  };
  // An empty share field means 0; an out-of-range one keeps the previous share.
  const share = (name: string, prev: number | undefined) => {
    const v = field(name).value.trim() === '' ? 0 : num(name, 100);
    return v === undefined ? prev : v / 100;
  };
  const cached = share('cached', previous.cachedShare);
  if (cached) next.cachedShare = cached;
  const writes = share('writes', previous.cacheWriteShare);
  if (writes) next.cacheWriteShare = writes;
  const batch = share('batch', previous.batchShare);
  if (batch) next.batchShare = batch;
  // An empty off-peak field means traffic spread evenly over the week, not 0%.
  const offPeak =
    field('offpeak').value.trim() === '' ? undefined : share('offpeak', previous.offPeakShare);
  if (offPeak !== undefined) next.offPeakShare = offPeak;
  const promptEmpty = field('prompt').value.trim() === '';
  const prompt = promptEmpty ? undefined : num('prompt', MAX_PROMPT_TOKENS);
  const promptTokens = promptEmpty
    ? undefined
    : prompt
      ? Math.round(prompt)
      : previous.promptTokens;
  if (promptTokens) next.promptTokens = promptTokens;
  return next;
}

function writeForm(
  form: HTMLFormElement,
  field: (name: string) => HTMLInputElement,
  t: Traffic,
): void {
  field('in').value = String(tokensToMillions(t.inputTokens));
  field('out').value = String(tokensToMillions(t.outputTokens));
  const percent = (share: number | undefined) => String(Number(((share ?? 0) * 100).toFixed(2)));
  field('cached').value = percent(t.cachedShare);
  field('writes').value = percent(t.cacheWriteShare);
  field('offpeak').value = t.offPeakShare === undefined ? '' : percent(t.offPeakShare);
  field('batch').value = percent(t.batchShare);
  field('prompt').value = t.promptTokens ? String(t.promptTokens) : '';
  checkPreset(form, t);
}

function checkPreset(form: HTMLFormElement, t: Traffic): void {
  const id = presetOf(t)?.id ?? 'custom';
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="preset"]'))
    radio.checked = radio.value === id;
}

/** Redraws every traffic-dependent figure of the section. */
function draw(section: HTMLElement, data: CostData, traffic: Traffic): void {
  const f: CostFigures = costFigures(data, traffic);
  const set = (hook: string, text: string) => {
    for (const el of section.querySelectorAll(`[data-cf="${hook}"]`))
      if (el.textContent !== text) el.textContent = text;
  };
  set('traffic', f.trafficLabel);
  for (const k of ['a', 'b'] as const) {
    const s = f[k];
    set(`${k}-monthly`, s.figure);
    set(`${k}-per`, s.perMonth);
    set(`${k}-route`, s.routeLine);
    set(`${k}-basis`, s.basisLine);
    section.querySelector(`[data-cf="${k}-fig"]`)?.classList.toggle('unknown', !s.monthly);
    // Each listed route's row names its index in the data; a route the table leaves out has none.
    const body = section.querySelector(`tbody[data-side="${k}"]`);
    s.routes.forEach((r, i) => {
      const row = body?.querySelector<HTMLTableRowElement>(`tr[data-r="${i}"]`);
      if (!row) return;
      row.classList.toggle('cheapest', r.cheapest);
      const cells = row.cells;
      cells[4]!.textContent = r.monthly;
      cells[5]!.textContent = r.note;
    });
  }
  set('difference', f.difference);
  const chart = section.querySelector('[data-cf="chart"]');
  if (chart && chart.innerHTML !== f.chart) chart.innerHTML = f.chart;
}

for (const section of document.querySelectorAll<HTMLElement>('section[data-cost]')) start(section);
