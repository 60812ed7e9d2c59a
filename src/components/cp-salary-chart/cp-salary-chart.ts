/**
 * Salary bands of the compared roles as a small horizontal bar chart (inline SVG), with the
 * same figures in a table for screen readers. Only bands in the most common currency are
 * drawn, so bars share one scale.
 */
import { css, html, LitElement, nothing, svg } from "lit";
import type { ComparedRole } from "../../graph/compare.ts";
import { formatBand, formatMoney } from "../shared/salary.ts";
import { controls } from "../shared/theme.ts";

const ROW = 26;
const LABEL_W = 150;
const WIDTH = 460;

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
    const scale = (v: number) => LABEL_W + ((WIDTH - LABEL_W - 70) * v) / max;
    const lines = rows.map((r) => Math.max(1, r.bands.length));
    const height = lines.reduce((s, n) => s + n * ROW + 8, 0) + 8;
    let y = 8;
    const bars = rows.map((r, i) => {
      const top = y;
      y += (lines[i] ?? 1) * ROW + 8;
      return svg`<text class="name" x="0" y=${top + 16}>${clip(r.role.label)}</text>
        ${
          r.bands.length
            ? r.bands.map((b, j) => {
                const by = top + j * ROW + 4;
                const x1 = scale(b.min);
                const x2 = Math.max(scale(b.max), x1 + 4);
                return svg`<rect class="bar" x=${x1} y=${by} width=${x2 - x1} height="16" rx="4"></rect>
                  <text class="value" x=${x2 + 6} y=${by + 12}>${formatMoney(b.max, currency)}</text>`;
              })
            : svg`<text class="value" x=${LABEL_W} y=${top + 16}>no figures</text>`
        }`;
    });
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
        max-width: 520px;
      }
      .name {
        font-size: 12px;
        fill: var(--cp-text);
        font-weight: 600;
      }
      .value {
        font-size: 11px;
        fill: var(--cp-muted);
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

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "USD"
  );
}

function clip(label: string): string {
  return label.length > 22 ? `${label.slice(0, 21)}…` : label;
}

customElements.define("cp-salary-chart", CpSalaryChart);

declare global {
  interface HTMLElementTagNameMap {
    "cp-salary-chart": CpSalaryChart;
  }
}
