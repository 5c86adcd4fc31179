// Sorting the tables by a column head (issue 27): the explorer's (src/render/table_html.rs), the
// organisation page's (src/render/organisation_html.rs) and the comparison page's
// (src/render/comparison_html.rs: an answer sorts by its place in the scale). Every head holds a
// `<button class="sort" data-sort-column="K">` (K is the cell's place in the row), every row but
// the total has `data-order`, its natural place. A first press sorts numbers largest first and
// text from A to Å (Norwegian order); the next reverses; a third gives the natural order back,
// as «Nullstill» does. A cell sorts by its `data-sort`, else its `data-share`, else its text;
// cells without a figure («:») come last either way, equal keys keep their natural order, and
// the total row stays last. `aria-sort` is on the sorted head only.
//
// A sort is kept when the page draws the table anew (a change of the selection): by the
// table's question and the head's words (the columns move when a comparison adds or removes
// the group column; a head no longer there ends the sort), until «Nullstill» (`button.reset`).
// Part of the ECharts bundle, which the page loads on first need (src/app/table_sort.rs calls
// it after a press).
const collator = new Intl.Collator('nb');
const NUMBER = /^-?\d+(\.\d+)?$/;

/// The sorts kept: the table's question → [the head's words, 'ascending' | 'descending'].
const kept = new Map();
const watched = new WeakSet();

const questionOf = (table) => table.dataset.question ?? table.dataset.organisationQuestion;

export function sortTable(button) {
  const head = button.closest('th');
  const table = head?.closest('table');
  if (!table?.tBodies[0]) return;
  const rows = naturalRows(table);
  const column = Number(button.dataset.sortColumn);
  const keys = keysOf(rows, column);
  const numeric = keys.every((k) => k === null || NUMBER.test(k));
  const first = numeric ? 'descending' : 'ascending';
  const current = head.getAttribute('aria-sort');
  const next = current === null ? first : current === first ? (first === 'ascending' ? 'descending' : 'ascending') : null;
  place(table, rows, head, keys, numeric, next);
  if (next) kept.set(questionOf(table), [button.textContent, next]);
  else kept.delete(questionOf(table));
  keep(table);
}

/// The body's rows in their natural order (without the total).
const naturalRows = (table) =>
  [...table.tBodies[0].querySelectorAll('tr[data-order]')].sort((a, b) => a.dataset.order - b.dataset.order);

function keysOf(rows, column) {
  return rows.map((row) => {
    const cell = row.children[column];
    const value = (cell?.dataset.sort ?? cell?.dataset.share ?? cell?.textContent ?? '').trim();
    return value === '' || value === ':' ? null : value;
  });
}

/// Puts the rows in `direction` by their `keys` (natural order when `direction` is null) and
/// marks the head.
function place(table, rows, head, keys, numeric, direction) {
  for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
  const places = rows.map((_, i) => i);
  if (direction) {
    head.setAttribute('aria-sort', direction);
    const sign = direction === 'ascending' ? 1 : -1;
    places.sort((i, j) => {
      const [a, b] = [keys[i], keys[j]];
      if (a === null || b === null) return (a === null) - (b === null) || i - j;
      const order = numeric ? a - b : collator.compare(a, b);
      return sign * order || i - j;
    });
  }
  const body = table.tBodies[0];
  const total = body.querySelector('tr[data-total]');
  for (const i of places) body.insertBefore(rows[i], total);
}

/// Sorts a table drawn anew as its question's table was.
function restore(table) {
  const sort = kept.get(questionOf(table));
  if (!sort || table.querySelector('th[aria-sort]')) return;
  const button = [...table.querySelectorAll('button[data-sort-column]')].find((b) => b.textContent === sort[0]);
  if (!button) {
    kept.delete(questionOf(table));
    return;
  }
  const rows = naturalRows(table);
  const keys = keysOf(rows, Number(button.dataset.sortColumn));
  place(table, rows, button.closest('th'), keys, keys.every((k) => k === null || NUMBER.test(k)), sort[1]);
}

/// Watches the element the page draws the table into, so that a new table is sorted at once.
function keep(table) {
  // The comparison page draws all of itself anew (web/map-view.js): its root is watched.
  const holder = table.closest('article.comparison') ?? table.closest('.table-wrap')?.parentElement;
  if (!holder || watched.has(holder)) return;
  watched.add(holder);
  new MutationObserver(() => holder.querySelectorAll('table').forEach(restore)).observe(holder, { childList: true });
}

// «Nullstill» gives every table its natural order back.
document.addEventListener(
  'click',
  (event) => {
    if (event.target.closest?.('button.reset')) kept.clear();
  },
  true,
);
