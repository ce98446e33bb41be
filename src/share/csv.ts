// CSV as RFC 4180 writes it: comma separated, CRLF line ends, a field quoted when it holds a comma, quote,
// CR or LF, quotes doubled inside. Spreadsheet users open these files directly, so nothing else is escaped.
export type Cell = string | number | boolean | null | undefined;

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Header line then one line per row, columns in the header's order. */
export function toCsv<R extends object>(columns: ReadonlyArray<keyof R & string>, rows: readonly R[]): string {
  let out = csvLine(columns);
  for (const r of rows) out += csvLine(columns.map((c) => r[c] as Cell));
  return out;
}

/** Parses RFC 4180 text back into rows of strings (used by tests and the round trip). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { /* the \n ends the line */ }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
