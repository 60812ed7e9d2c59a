/**
 * Pay bands of the compared roles as small horizontal bar charts (inline SVG), with the same
 * figures in a table for screen readers. Bands are grouped by currency and period (a yearly
 * salary and an hourly wage never share a scale), each group captioned with what it shows, the
 * group with the most bands first.
 */
import { css, html, LitElement, nothing, svg } from "lit";
import { type PayBand, PERIOD_WORD, salaryRange } from "../../data/salary.ts";
import type { ComparedRole } from "../../graph/compare.ts";
import { formatBand } from "../shared/salary.ts";
import { controls } from "../shared/theme.ts";
import { capitalise } from "../shared/wording.ts";

/**
 * Each band: its level caption above (wrapped onto as many lines as it needs: SVG text does
 * not wrap, and a cut caption hides what the figure is), the bar below.
 */
const BAR_H = 22;
const LINE_H = 13;
const NAME_LINE = 16;
const WIDTH = 320;
const BAR_W = 190;
/** Characters per line at the caption's and name's sizes, for the widest common glyphs. */
const LEVEL_CHARS = 48;
const NAME_CHARS = 38;

const ADJECTIVE = { year: "Yearly", month: "Monthly", hour: "Hourly" } as const;

interface PayGroup {
  currency: string;
  period: PayBand["period"];
  rows: { role: ComparedRole; bands: PayBand[] }[];
}

export class CpSalaryChart extends LitElement {
  static override properties = {
    roles: { attribute: false },
    locale: {},
    words: { attribute: false },
  };
  declare roles: ComparedRole[];
  /** The data set's words for a role, e.g. { one: "position", many: "positions" }. */
  declare words: { one: string; many: string };
  /** The data set's locale for figures, e.g. "en-GB". */
  declare locale: string;

  constructor() {
    super();
    this.roles = [];
    this.locale = "en-US";
    this.words = { one: "role", many: "roles" };
  }

  override render() {
    const groups = payGroups(this.roles);
    if (!groups.length)
      return html`<p class="muted">The sources give no pay figures for these ${this.words.many}.</p>`;
    const without = this.roles.filter((r) => r.salary.length === 0).map((r) => r.label);
    return html`${groups.map((g) => this.chart(g))}
      ${without.length ? html`<p class="muted small">No pay figures in the sources for ${without.join(", ")}.</p>` : nothing}`;
  }

  private chart(group: PayGroup) {
    const { currency, period, rows } = group;
    const per = PERIOD_WORD[period];
    const max = Math.max(...rows.flatMap((r) => r.bands.map((b) => b.max)));
    const scale = (v: number) => (BAR_W * v) / max;
    let y = 0;
    const bars = rows.map((r) => {
      const name = wrapText(r.role.label, NAME_CHARS);
      const nameSvg = svg`<text class="name" x="0" y=${y + 13}>${lines(name, NAME_LINE)}</text>`;
      y += name.length * NAME_LINE + 4;
      const bands = r.bands.map((b) => {
        const x1 = scale(b.min);
        const x2 = Math.max(scale(b.max), x1 + 4);
        const range = salaryRange(b, true, this.locale);
        const total = b.kind === "total-compensation";
        const level = wrapText(b.level, LEVEL_CHARS);
        const by = y + level.length * LINE_H;
        y = by + BAR_H;
        return svg`<text class="level" x="0" y=${by - LINE_H * level.length + 10}>${lines(level, LINE_H)}</text>
            <rect class="track" x="0" y=${by + 2} width=${BAR_W} height="12" rx="6"></rect>
            <rect class="bar ${total ? "total" : ""}" x=${x1} y=${by + 2} width=${x2 - x1} height="12" rx="6"><title>${b.level}: ${range}</title></rect>
            <text class="value" x=${BAR_W + 8} y=${by + 12}>${range}</text>`;
      });
      y += 10;
      return svg`${nameSvg}${bands}`;
    });
    const what = `${ADJECTIVE[period]} pay in ${currency}`;
    return html`<figure>
      <svg viewBox="0 0 ${WIDTH} ${y}" width="100%" role="img" aria-label="${what}, per ${per}; the table below lists the figures">
        ${bars}
      </svg>
      <figcaption class="muted">${what} (per ${per}), as given by the sources.</figcaption>
      <table class="visually-hidden">
        <caption>Pay bands (${currency} per ${per})</caption>
        <thead><tr><th scope="col">${capitalise(this.words.one)}</th><th scope="col">Level</th><th scope="col">Band</th></tr></thead>
        <tbody>
          ${rows.flatMap((r) =>
            r.bands.map(
              (b) =>
                html`<tr><th scope="row">${r.role.label}</th><td>${b.level}</td><td>${formatBand(b, this.locale)}</td></tr>`,
            ),
          )}
        </tbody>
      </table>
    </figure>`;
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
      .small {
        font-size: 0.78rem;
      }
      figcaption {
        font-size: 0.78rem;
        margin: 4px 0 14px;
      }
    `,
  ];
}

/** Lines of an SVG text, one `tspan` each, `step` apart. */
function lines(parts: readonly string[], step: number) {
  return parts.map((p, i) => svg`<tspan x="0" dy=${i === 0 ? 0 : step}>${p}</tspan>`);
}

/**
 * `text` broken at spaces into lines of at most `max` characters (a longer word gets a line of
 * its own, broken where it must). No character is dropped.
 */
export function wrapText(text: string, max: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length <= max) {
      line += ` ${word}`;
      continue;
    }
    if (line) out.push(line);
    line = word;
    while (line.length > max) {
      out.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) out.push(line);
  return out.length ? out : [""];
}

/** Bands by currency and period; in each group, the roles that have bands in it. */
export function payGroups(roles: readonly ComparedRole[]): PayGroup[] {
  const groups = new Map<string, PayGroup & { count: number }>();
  for (const role of roles) {
    for (const band of role.salary) {
      const key = `${band.currency}/${band.period}`;
      const group = groups.get(key) ?? {
        currency: band.currency,
        period: band.period,
        rows: [],
        count: 0,
      };
      groups.set(key, group);
      group.count++;
      const row = group.rows.find((r) => r.role === role);
      if (row) row.bands.push(band);
      else group.rows.push({ role, bands: [band] });
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency))
    .map(({ count: _count, ...group }) => group);
}

customElements.define("cp-salary-chart", CpSalaryChart);

declare global {
  interface HTMLElementTagNameMap {
    "cp-salary-chart": CpSalaryChart;
  }
}
