// The bars' tips. ECharts' tooltip component is left out of the build (about 9 KB gzip that the
// start of the page does not need): each bar's data item carries its tip as plain text (`tip`,
// written by src/render/charts/mod.rs, one line per "\n"), and this shows it beside the pointer
// while it is over the bar (hover, or a tap). It is set as text, never read as HTML, and hidden
// from assistive technology: the table and the text alternative of each chart say the same.
export function attachTip(chart, container) {
  let tip = null;
  const hide = () => {
    if (tip) tip.hidden = true;
  };
  const show = (params) => {
    const text = params?.data?.tip;
    const at = params?.event;
    if (typeof text !== 'string' || !at) return hide();
    if (!tip) {
      tip = document.createElement('div');
      tip.className = 'chart-tip';
      tip.setAttribute('aria-hidden', 'true');
      container.appendChild(tip);
    }
    if (tip.textContent !== text) tip.textContent = text;
    tip.hidden = false;
    // Beside the pointer, on the side where it fits inside the chart.
    const gap = 12;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const x = at.offsetX + gap + width <= container.clientWidth ? at.offsetX + gap : Math.max(0, at.offsetX - gap - width);
    const y = at.offsetY + gap + height <= container.clientHeight ? at.offsetY + gap : Math.max(0, at.offsetY - gap - height);
    tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };
  chart.on('mouseover', show);
  chart.on('mousemove', show);
  chart.on('mouseout', hide);
  chart.on('globalout', hide);
}
