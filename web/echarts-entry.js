// The custom ECharts build: only what the explorer uses. Built by scripts/build-echarts.mjs
// into build/echarts.min.js as a classic script that defines the global `echarts`.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  TitleComponent,
  SVGRenderer,
  CanvasRenderer,
]);

export * from 'echarts/core';
