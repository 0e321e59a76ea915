// Collocated module of ApexChart.razor: render/update/destroy one ApexCharts instance per element.
// window.ApexCharts comes from lib/apexcharts/apexcharts.min.js (classic script in App.razor).
const charts = new WeakMap();

const zhCN = {
  name: "zh-CN",
  options: {
    months: ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
    shortMonths: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    days: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
    shortDays: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
    toolbar: {
      download: "下载", menu: "菜单", exportToSVG: "下载SVG", exportToPNG: "下载PNG", exportToCSV: "下载CSV",
      selection: "选择", selectionZoom: "选择缩放", zoomIn: "放大", zoomOut: "缩小", pan: "平移", reset: "重置缩放",
    },
  },
};

const defaults = () => ({
  chart: {
    locales: [zhCN],
    defaultLocale: "zh-CN",
    fontFamily: "inherit",
    animations: { enabled: false },
    toolbar: { show: true, tools: { download: true, selection: false, zoom: false, zoomin: false, zoomout: false, pan: false, reset: false } },
    zoom: { enabled: false },
  },
});

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    target[key] = isObject(value) && isObject(target[key]) ? merge(target[key], value) : value;
  }
  return target;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function pointOf(w, seriesIndex, dataPointIndex) {
  const point = w.config.series?.[seriesIndex]?.data?.[dataPointIndex];
  return isObject(point) ? point : null;
}

// ApexCharts colours a null heat-map cell like 0; draw "no data" in --cd-na grey instead.
const NO_DATA = -999999;

function markMissingCells(options) {
  const noData = options.chart.defaultLocale === "zh-CN" ? "无数据" : "No data";
  let missing = false;
  for (const series of options.series ?? []) {
    series.data = (series.data ?? []).map(p => {
      const point = isObject(p) ? p : { y: p };
      if (point.y !== null && point.y !== undefined) {
        return p;
      }
      missing = true;
      return { ...point, y: NO_DATA, tip: point.tip ?? noData };
    });
  }
  if (missing) {
    const scale = options.plotOptions?.heatmap?.colorScale;
    if (scale) {
      scale.ranges = [{ from: NO_DATA, to: NO_DATA, color: "#eceff1", name: noData }, ...(scale.ranges ?? [])];
    }
  }
}

function build(json, dotnetRef) {
  const options = merge(defaults(), JSON.parse(json));
  if (options.chart.type === "heatmap") {
    markMissingCells(options);
  }
  const hasTips = (options.series ?? []).some(s => (s.data ?? []).some(p => isObject(p) && p.tip));
  if (hasTips) {
    // Cell tooltips written on the server (e.g. "3月：应履职12项，按时9项…"); plain text, escaped.
    options.tooltip = merge(options.tooltip ?? {}, {
      custom: ({ seriesIndex, dataPointIndex, w }) => {
        const point = pointOf(w, seriesIndex, dataPointIndex);
        const title = `${w.globals.seriesNames[seriesIndex] ?? ""}`;
        return `<div class="cd-chart-tip"><div class="cd-chart-tip-title">${escapeHtml(title)}</div>`
          + `<div>${escapeHtml(point?.tip ?? point?.y ?? "")}</div></div>`;
      },
    });
  }
  if (dotnetRef) {
    options.chart.events = merge(options.chart.events ?? {}, {
      dataPointSelection: (_event, _chart, { seriesIndex, dataPointIndex, w }) => {
        const point = pointOf(w, seriesIndex, dataPointIndex);
        dotnetRef.invokeMethodAsync("OnPointClick", seriesIndex, dataPointIndex, point?.id ?? null).catch(() => { });
      },
    });
    options.states = merge(options.states ?? {}, { active: { filter: { type: "none" } } });
  }
  return options;
}

export async function render(element, json, dotnetRef) {
  destroy(element);
  const chart = new window.ApexCharts(element, build(json, dotnetRef));
  charts.set(element, { chart, dotnetRef });
  await chart.render();
}

export async function update(element, json) {
  const entry = charts.get(element);
  if (!entry) {
    return;
  }
  await entry.chart.updateOptions(build(json, entry.dotnetRef), true, false);
}

export function destroy(element) {
  const entry = element ? charts.get(element) : null;
  if (entry) {
    charts.delete(element);
    entry.chart.destroy();
  }
}
