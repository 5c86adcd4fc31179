// The custom ECharts build: only what the explorer uses. Built by scripts/build-echarts.mjs
// into build/echarts.min.js as a classic script that defines the global `echarts`. Only the
// functions the page calls are exported, so the bundler can leave out the rest of ECharts' API.
import { use, init, getInstanceByDom } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, LegendPlainComponent, AriaComponent, TitleComponent, SVGRenderer]);

export { init, getInstanceByDom };
export { svgToPng } from './svg-to-png.js';
