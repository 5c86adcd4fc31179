// The custom ECharts build: only what the explorer uses. Built by scripts/build-echarts.mjs
// into build/echarts.min.js as a classic script that defines the global `echarts`. Only the
// functions the page calls are exported, so the bundler can leave out the rest of ECharts' API.
import { use, init as initChart, getInstanceByDom } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridSimpleComponent,
  LegendPlainComponent,
  TitleComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { attachTip } from './chart-tip.js';
import { attachKeys } from './chart-keys.js';

// No TooltipComponent: the bars' tips are the page's own (web/chart-tip.js), as text.
use([BarChart, GridSimpleComponent, LegendPlainComponent, AriaComponent, TitleComponent, SVGRenderer]);

/// `echarts.init`, with the bars' tips and the keyboard attached to each chart.
export function init(dom, theme, options) {
  const chart = initChart(dom, theme, options);
  attachTip(chart, dom);
  attachKeys(chart, dom);
  return chart;
}

export { getInstanceByDom };
export { svgToPng } from './svg-to-png.js';
export { sortTable } from './table-sort.js';

/// An option drawn to an SVG document of `width` × `height` px without a page element
/// (ECharts' server-side mode, here in the browser): the images downloaded and copied and the
/// charts drawn for print (issue 27 §3), none of which needs a live chart.
export function svgOf(option, width, height) {
  const chart = initChart(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
export { copyImage, copyLink } from './copy.js';
