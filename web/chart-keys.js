// The bars by keyboard (issue 27). The chart's element is focusable (tabindex="0", set by
// src/app/chart.rs); the arrow keys move from bar to bar in reading order (each row's bars, then
// the next row's), Home and End to the first and last. The bar in focus is highlighted (its
// emphasis style) and said in a live region beside the chart, inside the question, in the words
// of its tip (src/render/charts/mod.rs: the row, the group and its figure, as the table says
// them). Enter does what a click on the bar does: the chart's `click` handlers run with its
// series and data index.
export function attachKeys(chart, container) {
  let at = -1;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.dataset.chartLive = '';
  container.after(live);
  // Every bar with a figure or a «:», row by row: [series, row, tip].
  const bars = () => {
    const series = chart.getOption().series ?? [];
    const rows = Math.max(0, ...series.map((s) => s.data?.length ?? 0));
    const list = [];
    for (let r = 0; r < rows; r++) {
      series.forEach((s, i) => {
        const tip = s.data?.[r]?.tip;
        if (typeof tip === 'string') list.push([i, r, tip]);
      });
    }
    return list;
  };
  const light = (type) => {
    const list = bars();
    if (at < 0 || at >= list.length) return list;
    const [seriesIndex, dataIndex] = list[at];
    chart.dispatchAction({ type, seriesIndex, dataIndex });
    return list;
  };
  container.addEventListener('keydown', (event) => {
    const list = light('downplay');
    if (list.length === 0) return;
    const last = list.length - 1;
    const moves = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: last };
    if (event.key === 'Enter' && at >= 0 && at <= last) {
      const [seriesIndex, dataIndex] = list[at];
      chart.trigger('click', { componentType: 'series', seriesIndex, dataIndex });
      event.preventDefault();
      return;
    }
    if (!(event.key in moves)) {
      light('highlight');
      return;
    }
    event.preventDefault();
    at = Math.min(last, Math.max(0, moves[event.key]));
    light('highlight');
    live.textContent = list[at][2].replace('\n', ': ');
  });
  container.addEventListener('blur', () => light('downplay'));
  container.addEventListener('focus', () => light('highlight'));
}
