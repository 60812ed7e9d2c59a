/**
 * Reads one O*NET text file: tab-separated, CRLF (LF accepted too), a header row first.
 * Rows come back as objects keyed by header; a missing column is an error that names the file,
 * so a changed release fails loudly instead of importing blanks.
 */
export type Row = Record<string, string>;

export function parseTsv(text: string, file: string, columns: readonly string[]): Row[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new Error(`${file}: missing column(s) ${missing.map((c) => `"${c}"`).join(", ")}`);
  const rows: Row[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line === "") continue;
    const cells = line.split("\t");
    if (cells.length < header.length)
      throw new Error(
        `${file}: line ${i + 1} has ${cells.length} cells, expected ${header.length}`,
      );
    const row: Row = {};
    header.forEach((name, j) => {
      row[name] = (cells[j] ?? "").trim();
    });
    rows.push(row);
  }
  return rows;
}
