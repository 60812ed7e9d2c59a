/**
 * Parses a document's JSON text. A byte-order mark is dropped (browsers' `response.json()` drops
 * it too, so the CLI and the page agree), and a syntax error says where it is as line and column.
 *
 * Engines word syntax errors differently and some give no position at all (V8 before 12:
 * `Unexpected token '}', "…" is not valid JSON`), so the position comes from our own scan of the
 * text; the engine's words are kept for what went wrong, without its position or its snippet of
 * the file.
 */

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonText(text: string): JsonText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: "is nested too deeply to read" };
    const offset = syntaxErrorOffset(body) ?? enginePosition(error) ?? 0;
    return { ok: false, message: `is not valid JSON: ${where(body, offset)}: ${reason(error)}` };
  }
}

function where(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const end = offset >= text.length ? " (end of file)" : "";
  return `line ${line}, column ${offset - lineStart + 1}${end}`;
}

function enginePosition(error: unknown): number | undefined {
  const m = /at position (\d+)/.exec(String((error as Error)?.message));
  return m ? Number(m[1]) : undefined;
}

function reason(error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  const words = message
    .replace(/, ".*" is not valid JSON$/s, "")
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/ at position \d+.*$/s, "")
    .replace(/ in JSON$/, "")
    .replace(/^JSON\.parse: /, "");
  const short = words.length > 80 ? `${words.slice(0, 79)}…` : words;
  return short.charAt(0).toLowerCase() + short.slice(1);
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first syntax error, or undefined if the text is valid JSON. Iterative (a
 * deeply nested file cannot overflow the stack) and linear in the text.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const closers: string[] = [];
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  /** Reads a string at `i`; the offset of a control character, bad escape or end of text. */
  const string = (): number | undefined => {
    let j = i + 1;
    while (j < text.length && text.charAt(j) !== '"') {
      const c = text.charCodeAt(j);
      if (c < 0x20) return j;
      if (c === 92) {
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(j + 1, j + 6))) return j;
        j += text.charAt(j + 1) === "u" ? 6 : 2;
      } else j++;
    }
    if (j >= text.length) return j;
    i = j + 1;
    return undefined;
  };
  const member = (): number | undefined => {
    if (text.charAt(i) !== '"') return i;
    const bad = string();
    if (bad !== undefined) return bad;
    space();
    if (text.charAt(i) !== ":") return i;
    i++;
    return undefined;
  };
  let needValue = true;
  for (;;) {
    space();
    if (needValue) {
      const c = text.charAt(i);
      if (c === "{" || c === "[") {
        i++;
        space();
        const close = c === "{" ? "}" : "]";
        if (text.charAt(i) === close) {
          i++;
          needValue = false;
        } else {
          closers.push(close);
          if (c === "{") {
            const bad = member();
            if (bad !== undefined) return bad;
          }
        }
        continue;
      }
      if (c === '"') {
        const bad = string();
        if (bad !== undefined) return bad;
      } else if (!token(LITERAL)) return i;
      needValue = false;
      continue;
    }
    const close = closers[closers.length - 1];
    if (close === undefined) return i < text.length ? i : undefined;
    const c = text.charAt(i);
    if (c === close) {
      i++;
      closers.pop();
    } else if (c === ",") {
      i++;
      space();
      if (close === "}") {
        const bad = member();
        if (bad !== undefined) return bad;
      }
      needValue = true;
    } else return i;
  }
}
