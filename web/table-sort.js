// Sorting the explorer's tables by a column head (issue 27). Every head holds a
// `<button class="sort" data-sort-column="K">` (src/render/table_html.rs: K is the cell's place
// in the row, every row but the total has `data-order`, its natural place). A first press sorts
// numbers largest first and text from A to Å (Norwegian order); the next reverses; a third gives
// the natural order back, as «Nullstill» does (it draws the tables anew). A cell sorts by its
// `data-sort`, else its `data-share`, else its text; cells without a figure («:») come last
// either way, equal keys keep their natural order, and the total row stays last. `aria-sort`
// is on the sorted head only. Part of the ECharts bundle, which the page loads on first need
// (src/app/table_sort.rs calls it after a press).
const collator = new Intl.Collator('nb');
const NUMBER = /^-?\d+(\.\d+)?$/;

export function sortTable(button) {
  const head = button.closest('th');
  const table = head?.closest('table');
  const body = table?.tBodies[0];
  if (!body) return;
  const column = Number(button.dataset.sortColumn);
  const rows = [...body.querySelectorAll('tr[data-order]')].sort((a, b) => a.dataset.order - b.dataset.order);
  const keys = rows.map((row) => {
    const cell = row.children[column];
    const value = (cell?.dataset.sort ?? cell?.dataset.share ?? cell?.textContent ?? '').trim();
    return value === '' || value === ':' ? null : value;
  });
  const numeric = keys.every((k) => k === null || NUMBER.test(k));
  const first = numeric ? 'descending' : 'ascending';
  const current = head.getAttribute('aria-sort');
  const next = current === null ? first : current === first ? (first === 'ascending' ? 'descending' : 'ascending') : null;
  for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
  const places = rows.map((_, i) => i);
  if (next) {
    head.setAttribute('aria-sort', next);
    const sign = next === 'ascending' ? 1 : -1;
    places.sort((i, j) => {
      const [a, b] = [keys[i], keys[j]];
      if (a === null || b === null) return (a === null) - (b === null) || i - j;
      const order = numeric ? a - b : collator.compare(a, b);
      return sign * order || i - j;
    });
  }
  const total = body.querySelector('tr[data-total]');
  for (const i of places) body.insertBefore(rows[i], total);
}
