/**
 * Spreadsheet formula injection: a CSV cell starting with = + - @ (or a tab / carriage return) is
 * run as a formula by Excel and friends. Export writes such cells with a leading `'` (papaparse's
 * `escapeFormulae`), which spreadsheets show as text; import takes that `'` off again.
 */

/** The first characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r]/;

/** The cell with the export's protective `'` removed, and whether it had one. */
export function unescapeFormula(cell: string): { cell: string; escaped: boolean } {
  return ESCAPED.test(cell) ? { cell: cell.slice(1), escaped: true } : { cell, escaped: false };
}
