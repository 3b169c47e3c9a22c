/**
 * Spreadsheet formula injection: a CSV cell starting with = + - @ (or a tab / carriage return) is
 * run as a formula by Excel and friends. Export writes such cells with a leading `'` (papaparse's
 * `escapeFormulae`), which spreadsheets show as text; import takes that `'` off again.
 */

/**
 * Cells that get a protective `'` on export: those starting with a character that makes a spreadsheet read the cell as
 * a formula, and those that already start with `'`s before one (`'=1`), so that the import, which takes one `'` off,
 * gives them back as they were.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell with the export's protective `'` removed, and whether it had one. */
export function unescapeFormula(cell: string): { cell: string; escaped: boolean } {
  return ESCAPED.test(cell) ? { cell: cell.slice(1), escaped: true } : { cell, escaped: false };
}
