// Chart.js, imported only by the debrief (a separate chunk). Colour-blind-safe colours
// (Okabe–Ito) plus a hatch per series, so colour never carries meaning alone.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip, LineController, LineElement, PointElement);

export type Pattern = "yes" | "no" | "abstain" | "line";
const COLOURS: Record<Pattern, string> = { yes: "#009E73", no: "#D55E00", abstain: "#999999", line: "#56B4E9" };
export const SERIES_COLOURS = ["#56B4E9", "#E69F00", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#FFFFFF"];

function hatch(colour: string, kind: Pattern): CanvasPattern | string {
  const c = document.createElement("canvas");
  c.width = c.height = 10;
  const g = c.getContext("2d");
  if (!g) return colour;
  g.fillStyle = colour;
  g.fillRect(0, 0, 10, 10);
  g.strokeStyle = "rgba(0,0,0,0.55)";
  g.lineWidth = 2;
  g.beginPath();
  if (kind === "no") { g.moveTo(0, 10); g.lineTo(10, 0); }
  else if (kind === "abstain") { g.moveTo(0, 5); g.lineTo(10, 5); }
  g.stroke();
  return g.createPattern(c, "repeat") ?? colour;
}

const charts = new WeakMap<HTMLCanvasElement, Chart>();
const TEXT = "#e8eef7";
const GRID = "rgba(255,255,255,0.12)";

export function barChart(canvas: HTMLCanvasElement, labels: string[], series: { label: string; data: number[]; pattern: Pattern }[]): void {
  charts.get(canvas)?.destroy();
  charts.set(canvas, new Chart(canvas, {
    type: "bar",
    data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: hatch(COLOURS[s.pattern], s.pattern), borderColor: "#000", borderWidth: 1 })) },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true, ticks: { color: TEXT }, grid: { color: GRID } }, y: { stacked: true, beginAtZero: true, ticks: { color: TEXT, precision: 0 }, grid: { color: GRID } } },
      plugins: { legend: { labels: { color: TEXT } } },
    },
  }));
}

export function lineChart(canvas: HTMLCanvasElement, labels: string[], series: { label: string; data: (number | null)[] }[], max?: number): void {
  charts.get(canvas)?.destroy();
  const dashes = [[], [6, 3], [2, 2], [10, 4, 2, 4]];
  charts.set(canvas, new Chart(canvas, {
    type: "line",
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.data,
        borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? "#fff",
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? "#fff",
        borderDash: dashes[i % dashes.length] ?? [],
        pointStyle: (["circle", "rect", "triangle", "rectRot", "star", "crossRot"] as const)[i % 6],
        pointRadius: 4,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { ticks: { color: TEXT }, grid: { color: GRID } }, y: { beginAtZero: true, ...(max !== undefined ? { max } : {}), ticks: { color: TEXT }, grid: { color: GRID } } },
      plugins: { legend: { labels: { color: TEXT, usePointStyle: true } } },
    },
  }));
}
