// The custom ECharts build: only what the explorer uses. Built by scripts/build-echarts.mjs
// into build/echarts.min.js as a classic script that defines the global `echarts`. Only the
// functions the page calls are exported, so the bundler can leave out the rest of ECharts' API.
import { use, init, getInstanceByDom } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridSimpleComponent,
  LegendPlainComponent,
  TitleComponent,
} from 'echarts/components';
import { noop } from 'zrender/lib/core/util.js';
import TooltipModel from 'echarts/lib/component/tooltip/TooltipModel.js';
import TooltipView from 'echarts/lib/component/tooltip/TooltipView.js';

// The tooltip as echarts/components installs it, less the axis pointer it always brings along
// (as GridSimpleComponent is the grid without it): the charts use item tooltips only
// (trigger: 'item'), never an axis pointer.
function TooltipComponent(registers) {
  registers.registerComponentModel(TooltipModel);
  registers.registerComponentView(TooltipView);
  registers.registerAction({ type: 'showTip', event: 'showTip', update: 'tooltip:manuallyShowTip' }, noop);
  registers.registerAction({ type: 'hideTip', event: 'hideTip', update: 'tooltip:manuallyHideTip' }, noop);
}
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridSimpleComponent, TooltipComponent, LegendPlainComponent, AriaComponent, TitleComponent, SVGRenderer]);

export { init, getInstanceByDom };
export { svgToPng } from './svg-to-png.js';
