/**
 * The calculator's traffic form, made by the calculator script. Without
 * JavaScript there is nothing to recalculate, so pages carry no form markup
 * (about 1.2 KB of every pair page); the page states its one traffic instead.
 */
import { presetVolumes, TRAFFIC_PRESETS } from '../lib/cost/cost-traffic.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const numberField = (text: string, attrs: Record<string, string>) =>
  el(
    'label',
    {},
    `${text} `,
    el('input', { type: 'number', min: '0', step: 'any', inputmode: 'decimal', ...attrs }),
  );

/** The form: traffic presets, monthly input and output tokens, cache, off-peak and batch shares, prompt length. Values are set by the caller. */
export function createTrafficForm(): HTMLFormElement {
  const radio = (value: string, ...label: (Node | string)[]) =>
    el('label', {}, el('input', { type: 'radio', name: 'preset', value }), ...label);
  const presets = TRAFFIC_PRESETS.map((p) =>
    radio(p.id, ` ${p.label} `, el('span', { class: 'muted' }, `(${presetVolumes(p)})`)),
  );
  return el(
    'form',
    { class: 'calc', 'data-cost-form': '' },
    el('fieldset', {}, el('legend', {}, 'Traffic'), ...presets, radio('custom', ' Custom')),
    numberField('Input tokens a month, millions', { name: 'in' }),
    numberField('Output tokens a month, millions', { name: 'out' }),
    numberField('Cached input share, %', { name: 'cached', max: '100' }),
    numberField('Input written to cache, %', { name: 'writes', max: '100' }),
    numberField('Off-peak share of traffic, %', {
      name: 'offpeak',
      max: '100',
      placeholder: 'spread over the week',
    }),
    numberField('Batch share of traffic, %', { name: 'batch', max: '100' }),
    numberField('Average prompt length, tokens', {
      name: 'prompt',
      min: '1',
      step: '1',
      inputmode: 'numeric',
      placeholder: 'below every tier',
    }),
  );
}
