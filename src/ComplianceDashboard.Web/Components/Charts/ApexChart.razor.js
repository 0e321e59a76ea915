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

// ApexCharts 7 knows no locale unless it is listed: "en" must be listed too, or English pages fail with
// "Wrong locale name provided".
const en = {
  name: "en",
  options: {
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    toolbar: {
      download: "Download", menu: "Menu", exportToSVG: "Download SVG", exportToPNG: "Download PNG", exportToCSV: "Download CSV",
      selection: "Selection", selectionZoom: "Selection zoom", zoomIn: "Zoom in", zoomOut: "Zoom out", pan: "Pan", reset: "Reset zoom",
    },
  },
};


// A downloaded PNG is at least this wide, whatever the width of the chart on screen.
const PNG_MIN_WIDTH = 1600;

const defaults = () => ({
  chart: {
    locales: [zhCN, en],
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

// Every text arrives HTML-encoded from the server (ChartText.cs): ApexCharts writes names, categories and
// tooltips with innerHTML. Axis labels are SVG text nodes (never parsed as HTML), so those are decoded for display.
function decodeHtml(text) {
  return String(text).replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]);
}

function number(value) {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}

// Axis labels: decoded text (SVG text node) or a short number.
function axisLabel(value) {
  if (typeof value === "number") {
    return number(value);
  }
  return value === null || value === undefined ? "" : decodeHtml(value);
}

// Tooltips are innerHTML: leave the encoded text as it is, never the decoded axis label.
function tooltipText(value) {
  return typeof value === "number" ? number(value) : value ?? "";
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

function build(json, dotnetRef, exportSettings) {
  const options = merge(defaults(), JSON.parse(json));
  options.xaxis = merge(options.xaxis ?? {}, { labels: { formatter: axisLabel } });
  if (options.chart.type !== "radar") {
    options.yaxis = merge(options.yaxis ?? {}, { labels: { formatter: axisLabel } });
  }
  options.tooltip = merge(options.tooltip ?? {}, { x: { formatter: tooltipText }, y: { formatter: tooltipText } });
  const fileName = exportSettings?.fileName || "chart";
  options.chart.toolbar = merge(options.chart.toolbar ?? {}, {
    export: { svg: { filename: fileName }, png: { filename: fileName }, csv: { filename: fileName } },
  });
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
        // Both texts are HTML-encoded on the server; a number is only digits.
        return `<div class="cd-chart-tip"><div class="cd-chart-tip-title">${title}</div>`
          + `<div>${tooltipText(point?.tip ?? point?.y ?? "")}</div></div>`;
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

function loadImage(uri) {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = uri;
  });
}

// The toolbar's "PNG" item: the chart at least 1,600 px wide under a title band, named after what it shows.
async function downloadPng(entry) {
  const chart = entry.chart;
  const svgWidth = chart.w?.globals?.svgWidth || PNG_MIN_WIDTH;
  const { imgURI } = await chart.dataURI({ width: Math.max(PNG_MIN_WIDTH, Math.ceil(svgWidth)) });
  const img = await loadImage(imgURI);
  const title = entry.exportSettings?.title ?? "";
  const band = title ? Math.round(img.width / 22) : 0;
  const canvas = document.createElement("canvas");
  canvas.width = img.width;
  canvas.height = img.height + band;
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (title) {
    ctx.fillStyle = "#212121";
    ctx.font = `600 ${Math.round(band * 0.5)}px "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif`;
    ctx.textBaseline = "middle";
    ctx.fillText(title, Math.round(band * 0.4), Math.round(band / 2), canvas.width - band);
  }
  ctx.drawImage(img, 0, band);
  const link = document.createElement("a");
  link.href = canvas.toDataURL("image/png");
  link.download = `${entry.exportSettings?.fileName || "chart"}.png`;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
}

// The toolbar's "SVG" item: the chart's own SVG under the same title band as the PNG (ApexCharts' export has no title),
// as a standalone file (XML declaration, white background), named after what it shows.
function downloadSvg(entry, element) {
  const svg = element.querySelector("svg.apexcharts-svg");
  if (!svg) {
    return;
  }
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(Number(svg.getAttribute("width")) || box.width);
  const height = Math.ceil(Number(svg.getAttribute("height")) || box.height);
  const title = entry.exportSettings?.title ?? "";
  const band = title ? Math.max(32, Math.round(width / 22)) : 0;
  const inner = new XMLSerializer().serializeToString(svg);
  const heading = title
    ? `<text x="${Math.round(band * 0.4)}" y="${Math.round(band / 2)}" dominant-baseline="middle" font-size="${Math.round(band * 0.5)}" font-weight="600" fill="#212121" font-family="Microsoft YaHei, PingFang SC, Noto Sans CJK SC, sans-serif">${escapeXml(title)}</text>`
    : "";
  const file = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + band}" viewBox="0 0 ${width} ${height + band}">`
    + `<title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${heading}<g transform="translate(0,${band})">${inner}</g></svg>`;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([file], { type: "image/svg+xml;charset=utf-8" }));
  link.download = `${entry.exportSettings?.fileName || "chart"}.svg`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

// Capture phase on the chart's element: runs before ApexCharts' own listener on the menu item.
function interceptPng(element) {
  const handler = event => {
    const item = event.target?.closest?.(".apexcharts-menu-item.exportPNG, .apexcharts-menu-item.exportSVG");
    const entry = charts.get(element);
    if (!item || !entry) {
      return;
    }
    event.stopPropagation();
    event.preventDefault();
    item.closest(".apexcharts-menu")?.classList.remove("apexcharts-menu-open");
    if (item.classList.contains("exportSVG")) {
      downloadSvg(entry, element);
      return;
    }
    downloadPng(entry).catch(error => console.error("PNG download failed", error));
  };
  element.addEventListener("click", handler, true);
  return handler;
}

export async function render(element, json, dotnetRef, exportSettings) {
  if (!element) {
    return; // the chart left the page (the user navigated away) before its module had loaded
  }
  destroy(element);
  const chart = new window.ApexCharts(element, build(json, dotnetRef, exportSettings));
  const entry = { chart, dotnetRef, exportSettings };
  entry.pngHandler = interceptPng(element);
  charts.set(element, entry);
  await chart.render();
}

export async function update(element, json, exportSettings) {
  const entry = charts.get(element);
  if (!entry) {
    return;
  }
  entry.exportSettings = exportSettings;
  await entry.chart.updateOptions(build(json, entry.dotnetRef, exportSettings), true, false);
}

export function destroy(element) {
  const entry = element ? charts.get(element) : null;
  if (entry) {
    charts.delete(element);
    element.removeEventListener("click", entry.pngHandler, true);
    entry.chart.destroy();
  }
}
