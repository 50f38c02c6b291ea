/**
 * Progressive enhancement of the model picker: two comboboxes that filter
 * the models as you type (keyboard navigation by @github/combobox-nav), then
 * go to the pair's canonical page. The options arrive in canonical pair
 * order, so the earlier of the two chosen options comes first in the URL.
 * Without JavaScript the form stays hidden and the page's model index is used.
 */
import Combobox from '@github/combobox-nav';

interface Option {
  id: string;
  name: string;
  maker: string;
}
const MAX_SHOWN = 60;

function setUp(form: HTMLFormElement, options: Option[]): void {
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const fields = [...form.querySelectorAll<HTMLInputElement>('input[role="combobox"]')].map(
    (input) => {
      const list = document.getElementById(
        input.getAttribute('aria-controls')!,
      ) as HTMLUListElement;
      const combobox = new Combobox(input, list, { tabInsertsSuggestions: false });
      const field = { input, list, combobox, chosen: undefined as Option | undefined, open: false };
      let closing: ReturnType<typeof setTimeout> | undefined;

      const render = () => {
        const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        const matches = options.filter((o) =>
          words.every((w) => `${o.name} ${o.maker} ${o.id}`.toLowerCase().includes(w)),
        );
        list.replaceChildren(
          ...matches.slice(0, MAX_SHOWN).map((o) => {
            const li = document.createElement('li');
            li.id = `${list.id}-${o.id}`;
            li.setAttribute('role', 'option');
            li.dataset.id = o.id;
            li.textContent = `${o.name} (${o.maker})`;
            return li;
          }),
        );
        if (matches.length === 0) status.textContent = 'No model matches that text.';
        list.hidden = !field.open || matches.length === 0;
      };
      const open = () => {
        clearTimeout(closing);
        if (!field.open) {
          combobox.start();
          field.open = true;
        }
        render();
      };
      const close = () => {
        if (field.open) {
          combobox.stop();
          list.hidden = true;
          field.open = false;
        }
      };
      input.addEventListener('input', () => {
        field.chosen = options.find(
          (o) => o.name.toLowerCase() === input.value.trim().toLowerCase(),
        );
        status.textContent = '';
        open();
      });
      input.addEventListener('focus', open);
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') close();
        else if (e.key === 'ArrowDown' && !field.open) open();
      });
      // Closing waits a moment after blur (a tap on an option lands first); coming
      // back to the field within that moment cancels it, so the list stays open.
      input.addEventListener('blur', () => {
        clearTimeout(closing);
        closing = setTimeout(() => {
          if (document.activeElement !== input) close();
        }, 150);
      });
      list.addEventListener('mousedown', (e) => e.preventDefault());
      list.addEventListener('combobox-commit', (e) => {
        const id = (e.target as HTMLElement).dataset.id;
        field.chosen = options.find((o) => o.id === id);
        if (field.chosen) input.value = field.chosen.name;
        close();
      });
      return field;
    },
  );

  // "More than two": the side-by-side view, starting from whatever is chosen here.
  const more = form.querySelector<HTMLAnchorElement>('a[data-picker-more]');
  const updateMore = () => {
    const ids = [...new Set(fields.map((f) => f.chosen?.id).filter(Boolean))];
    if (more) more.href = ids.length ? `/compare/?models=${ids.join(',')}` : '/compare/';
  };
  for (const f of fields) {
    f.input.addEventListener('input', updateMore);
    f.list.addEventListener('combobox-commit', updateMore);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const [x, y] = fields.map((f) => f.chosen);
    if (!x || !y) return void (status.textContent = 'Choose a model from each list.');
    if (x.id === y.id) return void (status.textContent = 'Choose two different models.');
    const [first, second] = options.indexOf(x) < options.indexOf(y) ? [x, y] : [y, x];
    window.location.assign(`/compare/${first.id}-vs-${second.id}/`);
  });

  // On the 404 page: when the missing URL names two known models, fill them in.
  if (form.dataset.prefill !== undefined) {
    const slug = /^\/compare\/([^/]+)\/?$/.exec(window.location.pathname)?.[1] ?? '';
    const byId = new Map(options.map((o) => [o.id, o]));
    for (const m of slug.matchAll(/-vs-/g)) {
      const x = byId.get(slug.slice(0, m.index));
      const y = byId.get(slug.slice(m.index! + 4));
      if (x || y) {
        [x, y].forEach((o, i) => {
          if (o) {
            fields[i]!.chosen = o;
            fields[i]!.input.value = o.name;
          }
        });
        break;
      }
    }
  }
  form.hidden = false;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-picker]')) {
  const data = document.getElementById(form.dataset.options!);
  if (data) setUp(form, JSON.parse(data.textContent!) as Option[]);
}
