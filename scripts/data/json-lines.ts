/**
 * Compact, diff-friendly JSON: a value is written on one line when it fits in `width` characters,
 * otherwise its members go one per line. Observations, indicators and actions end up one per line.
 */

/** Formats `value` as JSON text ending in a newline. */
export function formatJsonLines(value: unknown, width = 1600): string {
  return write(value, '', width) + '\n';
}

function write(value: unknown, indent: string, width: number): string {
  const inline = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + inline.length <= width) return inline;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + write(item, inner, width)).join(',\n')}\n${indent}]`;
  }
  const members = Object.entries(value).filter(([, member]) => member !== undefined);
  const lines = members.map(([key, member]) => `${inner}${JSON.stringify(key)}: ${write(member, inner, width)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
