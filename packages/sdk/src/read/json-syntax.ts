/**
 * Finds where JSON text stops being valid, for a problem location: `JSON.parse` messages carry a
 * position on some engines and versions but not others.
 *
 * @module
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Offset of the first character at which the text is not valid JSON (its length if it ends early); undefined if valid. */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const skipSpace = (): void => {
    while (WHITESPACE.has(text[at] ?? '')) at++;
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  // Returns false at the first error, leaving `at` on it.
  const value = (): boolean => {
    skipSpace();
    const char = text[at];
    if (char === '{') return members('}', () => {
      skipSpace();
      if (!match(STRING)) return false;
      skipSpace();
      if (text[at] !== ':') return false;
      at++;
      return value();
    });
    if (char === '[') return members(']', value);
    if (char === '"') return match(STRING);
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return true;
      }
    }
    return match(NUMBER);
  };
  const members = (close: string, member: () => boolean): boolean => {
    at++;
    skipSpace();
    if (text[at] === close) {
      at++;
      return true;
    }
    for (;;) {
      if (!member()) return false;
      skipSpace();
      if (text[at] === close) {
        at++;
        return true;
      }
      if (text[at] !== ',') return false;
      at++;
    }
  };
  if (!value()) return at;
  skipSpace();
  return at < text.length ? at : undefined;
}
