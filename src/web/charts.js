// One small uPlot chart per figure: each source's claims over publish time, coloured by source kind.
import uPlot from '/vendor/uplot/uPlot.esm.js';

const SHADES = {
  official: ['#1f5fbf', '#5b8fd9', '#123d7a', '#7fa9e6'],
  militant: ['#c0392b', '#e0766b', '#7d1d13', '#f0a39b'],
  media: ['#5d6670', '#8d96a0', '#353b41', '#b5bcc3'],
  witness: ['#1e8449', '#4fb477', '#0f5a2e', '#87d1a2'],
  unnamed: ['#b9770e', '#dea23e', '#7e5109', '#f0c778'],
};

export function kindColor(kind, i = 0) {
  const s = SHADES[kind] ?? SHADES.media;
  return s[i % s.length];
}

/** A point's height: the single value, or the middle of a range; "at least 30" plots at 30. */
function plotValue(v) {
  if (v.low !== null && v.high !== null) return (v.low + v.high) / 2;
  return v.low ?? v.high;
}

const DAY_FMT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const HOUR_FMT = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** Tick labels in UTC, 24-hour: "12 Mar" for day steps; "06:00" with the day under it when it changes. */
function timeLabels(_u, splits, _ai, _space, incr) {
  let lastDay = '';
  return splits.map((s) => {
    const d = new Date(s * 1000);
    const day = DAY_FMT.format(d);
    if (incr >= 86400) return day;
    const label = day !== lastDay ? `${HOUR_FMT.format(d)}\n${day}` : HOUR_FMT.format(d);
    lastDay = day;
    return label;
  });
}

const live = new Set();

export function destroyCharts() {
  for (const c of live) c.destroy();
  live.clear();
}

/**
 * Draws into `el`; returns false when there is nothing dated to draw. Points come from the figure's
 * history (each source's values in time order), else from its claims.
 * @param {(name: string) => string} kindOf source display name -> kind
 */
export function drawChart(el, figure, kindOf) {
  const bySource = new Map();
  const add = (key, name, kind, at, value) => {
    const t = Date.parse(at ?? '');
    const y = plotValue(value);
    if (Number.isNaN(t) || y === null || y === undefined) return;
    let s = bySource.get(key);
    if (!s) bySource.set(key, (s = { name, kind, points: new Map() }));
    s.points.set(t / 1000, y);
  };
  if (figure.history?.length) {
    // The full picture leaves an entry's time and value on its claim; the summary view gives them to
    // the entries whose claim it left out.
    const claims = new Map(figure.claims.map((c) => [c.id, c]));
    for (const e of figure.history) {
      const c = e.value === undefined ? claims.get(e.claimId) : undefined;
      if (c) add(e.source, e.source, kindOf(e.source), c.report.published, c.increment?.total ?? c.value);
      else if (e.value !== undefined) add(e.source, e.source, kindOf(e.source), e.at, e.value);
    }
  } else {
    for (const c of figure.claims) {
      if (c.status === 'copy' || c.status === 'repeat' || c.status === 'rejected') continue;
      add(c.source.key, c.source.name, c.source.kind, c.report.published, c.value);
    }
  }
  if (bySource.size === 0) return false;
  const xs = [...new Set([...bySource.values()].flatMap((s) => [...s.points.keys()]))].sort((a, b) => a - b);
  const perKind = new Map();
  const series = [{ label: 'time (UTC)', value: (_u, v) => (v === null || v === undefined ? '–' : `${DAY_FMT.format(new Date(v * 1000))} ${HOUR_FMT.format(new Date(v * 1000))}`) }];
  const data = [xs];
  for (const s of bySource.values()) {
    const i = perKind.get(s.kind) ?? 0;
    perKind.set(s.kind, i + 1);
    const color = kindColor(s.kind, i);
    series.push({ label: s.name, stroke: color, width: 2, spanGaps: true, points: { show: true, size: 7, fill: color }, value: (_u, v) => (v === null || v === undefined ? '–' : Math.round(v).toLocaleString('en-GB')) });
    data.push(xs.map((x) => (s.points.has(x) ? s.points.get(x) : null)));
  }
  const pad = Math.max((xs[xs.length - 1] - xs[0]) * 0.06, 6 * 3600);
  const width = Math.max(220, Math.floor(el.getBoundingClientRect().width || 300));
  const opts = {
    width,
    height: 150,
    series,
    legend: { show: true, live: true },
    cursor: { drag: { x: false, y: false } },
    scales: {
      // Pad so the first and last points are not cut by the plot edge; one point gets a day around it.
      x: { time: true, range: [xs[0] - pad, xs[xs.length - 1] + pad] },
      y: { range: (_u, min, max) => [0, Math.max(1, max * 1.15)] },
    },
    axes: [
      { size: 40, space: 70, font: '11px system-ui, sans-serif', values: timeLabels },
      { size: 44, font: '11px system-ui, sans-serif' },
    ],
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
  };
  const chart = new uPlot(opts, data, el);
  live.add(chart);
  const ro = new ResizeObserver(() => {
    const w = Math.floor(el.getBoundingClientRect().width);
    if (w > 0 && Math.abs(w - chart.width) > 4) chart.setSize({ width: w, height: 150 });
  });
  ro.observe(el);
  const destroy = chart.destroy.bind(chart);
  chart.destroy = () => { ro.disconnect(); destroy(); };
  return true;
}
