/** Escaping for XML 1.0: markup characters as entities; characters XML cannot hold as U+FFFD. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Characters XML 1.0 cannot hold become U+FFFD (a label with a stray control character still exports). */
export function withoutForbidden(value: string): string {
  return value.replace(FORBIDDEN, "\ufffd");
}

export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
