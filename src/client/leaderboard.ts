/**
 * Progressive enhancement of the home page's model table: each column heading
 * becomes a sort button (numbers by their data-v value, unknowns last; text by
 * name), and the filter form (maker, kind, open weights, monthly cost, context,
 * benchmark) is shown and hides the rows that do not match. Without JavaScript
 * the full table stays as the server wrote it.
 */
const table = document.querySelector<HTMLTableElement>('table[data-lb]');
const form = document.querySelector<HTMLFormElement>('form[data-lb-filters]');

if (table && form) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const heads = [...table.tHead!.rows[0]!.cells];
  const count = form.querySelector<HTMLElement>('[data-lb-count]')!;
  const BENCH_START = heads.findIndex((h) => h.textContent === 'Context') + 1;

  const value = (row: HTMLTableRowElement, col: number): number | string | undefined => {
    const cell = row.cells[col]!;
    if (!heads[col]!.hasAttribute('data-num')) return cell.textContent!.toLowerCase();
    const v = cell.dataset.v;
    return v === undefined || v === '' ? undefined : Number(v);
  };

  const sortBy = (col: number, button: HTMLButtonElement) => {
    const head = heads[col]!;
    const numeric = head.hasAttribute('data-num');
    // First press: best first (highest score, lowest cost, largest context); names A to Z.
    const bestLow = head.hasAttribute('data-low') || head.textContent === 'Monthly cost';
    const firstDir = !numeric || bestLow ? 'ascending' : 'descending';
    const dir =
      head.getAttribute('aria-sort') === firstDir
        ? firstDir === 'ascending'
          ? 'descending'
          : 'ascending'
        : firstDir;
    for (const h of heads) h.removeAttribute('aria-sort');
    head.setAttribute('aria-sort', dir);
    const sign = dir === 'ascending' ? 1 : -1;
    const sorted = [...rows].sort((x, y) => {
      const a = value(x, col);
      const b = value(y, col);
      if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
      return (a < b ? -1 : a > b ? 1 : 0) * sign;
    });
    body.append(...sorted);
    count.textContent = `Sorted by ${button.textContent}, ${dir}.`;
  };

  heads.forEach((head, col) => {
    if (head.textContent === 'Compare with') return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'lb-sort';
    button.textContent = head.textContent;
    button.addEventListener('click', () => sortBy(col, button));
    head.replaceChildren(button);
  });

  const filter = () => {
    const f = new FormData(form);
    const get = (k: string) => String(f.get(k) ?? '');
    const maxCost = get('cost') === '' ? undefined : Number(get('cost'));
    const minCtx = get('context') === '' ? undefined : Number(get('context'));
    const bench = get('bench') === '' ? undefined : BENCH_START + Number(get('bench'));
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const ok =
        (!get('maker') || d.maker === get('maker')) &&
        (!get('kind') || d.kind === get('kind')) &&
        (!get('open') || d.open === get('open')) &&
        (maxCost === undefined ||
          (d.cost !== undefined && d.cost !== '' && Number(d.cost) <= maxCost)) &&
        (minCtx === undefined ||
          (d.ctx !== undefined && d.ctx !== '' && Number(d.ctx) >= minCtx)) &&
        (bench === undefined || value(row, bench) !== undefined);
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `${shown} of ${rows.length} models shown.`;
  };
  form.addEventListener('input', filter);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  filter();
}
