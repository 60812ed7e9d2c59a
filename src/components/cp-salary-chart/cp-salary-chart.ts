/**
 * Salary bands of the compared roles as a small horizontal bar chart (inline SVG), with the
 * same figures in a table for screen readers. Only bands in the most common currency are
 * drawn, so bars share one scale.
 */
import { css, html, LitElement, nothing, svg } from "lit";
import { salaryRange } from "../../data/salary.ts";
import type { ComparedRole } from "../../graph/compare.ts";
import { formatBand } from "../shared/salary.ts";
import { controls } from "../shared/theme.ts";

/** Each band: its level caption above, the bar below. */
const ROW = 34;
const NAME_H = 20;
const WIDTH = 320;
const BAR_W = 190;

export class CpSalaryChart extends LitElement {
  static override properties = { roles: { attribute: false } };
  declare roles: ComparedRole[];

  constructor() {
    super();
    this.roles = [];
  }

  override render() {
    const currencies = this.roles.flatMap((r) => r.salary.map((b) => b.currency));
    if (!currencies.length)
      return html`<p class="muted">The sources give no salary figures for these roles.</p>`;
    const currency = mostCommon(currencies);
    const rows = this.roles.map((r) => ({
      role: r,
      bands: r.salary.filter((b) => b.currency === currency),
    }));
    const max = Math.max(...rows.flatMap((r) => r.bands.map((b) => b.max)));
    const scale = (v: number) => (BAR_W * v) / max;
    let y = 0;
    const bars = rows.map((r) => {
      const top = y;
      y += NAME_H + Math.max(1, r.bands.length) * ROW + 10;
      return svg`<text class="name" x="0" y=${top + 13}>${r.role.label}</text>
        ${
          r.bands.length
            ? r.bands.map((b, j) => {
                const by = top + NAME_H + j * ROW;
                const x1 = scale(b.min);
                const x2 = Math.max(scale(b.max), x1 + 4);
                const range = salaryRange(b, true);
                const total = b.kind === "total-compensation";
                return svg`<text class="level" x="0" y=${by + 10}>${caption(b.level)}</text>
                  <rect class="track" x="0" y=${by + 15} width=${BAR_W} height="12" rx="6"></rect>
                  <rect class="bar ${total ? "total" : ""}" x=${x1} y=${by + 15} width=${x2 - x1} height="12" rx="6"><title>${b.level}: ${range}</title></rect>
                  <text class="value" x=${BAR_W + 8} y=${by + 25}>${range}</text>`;
              })
            : svg`<text class="value" x="0" y=${top + NAME_H + 13}>no figures in the sources</text>`
        }`;
    });
    const height = y;
    return html`<figure>
      <svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="Salary bands in ${currency}, per year; the table below lists the figures">
        ${bars}
      </svg>
      <figcaption class="muted">Yearly salary bands in ${currency}, as given by the sources.</figcaption>
      <table class="visually-hidden">
        <caption>Salary bands (${currency} per year)</caption>
        <thead><tr><th scope="col">Role</th><th scope="col">Level</th><th scope="col">Band</th></tr></thead>
        <tbody>
          ${rows.flatMap((r) =>
            r.bands.length
              ? r.bands.map(
                  (b) =>
                    html`<tr><th scope="row">${r.role.label}</th><td>${b.level}</td><td>${formatBand(b)}</td></tr>`,
                )
              : [
                  html`<tr><th scope="row">${r.role.label}</th><td colspan="2">no figures</td></tr>`,
                ],
          )}
        </tbody>
      </table>
    </figure>${nothing}`;
  }

  static override styles = [
    controls,
    css`
      figure {
        margin: 0;
      }
      svg {
        display: block;
        max-width: 420px;
      }
      .name {
        font-size: 12.5px;
        fill: var(--cp-text);
        font-weight: 600;
      }
      .value {
        font-size: 11.5px;
        fill: var(--cp-muted);
      }
      .level {
        font-size: 10.5px;
        fill: var(--cp-muted);
      }
      .bar.total {
        opacity: 0.45;
      }
      .track {
        fill: var(--cp-surface-2);
      }
      .bar {
        fill: var(--cp-accent);
        opacity: 0.85;
      }
      figcaption {
        font-size: 0.78rem;
        margin-top: 4px;
      }
    `,
  ];
}

/** Level wording as the seed gives it, shortened to fit above its bar. */
function caption(level: string): string {
  return level.length > 52 ? `${level.slice(0, 51)}…` : level;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "USD"
  );
}

customElements.define("cp-salary-chart", CpSalaryChart);

declare global {
  interface HTMLElementTagNameMap {
    "cp-salary-chart": CpSalaryChart;
  }
}
