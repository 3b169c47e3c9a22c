/**
 * The numeric character references Wangwang-family consoles (Qianniu, Aliwangwang) write inside CSV cells
 * instead of CSV quoting: a line break as `&#13;` (also `&#10;` or `&#13;&#10;`) and a comma as `&#44;`.
 * Only these are read back; anything else that looks like HTML (`&amp;`, `&#60;`) is phrase text and
 * stays as written.
 */

const LINE_BREAK = /&#13;&#10;|&#13;|&#10;/g;
const COMMA = /&#44;/g;

/** A cell with its Wangwang line-break and comma references turned back into characters (`\n`, `,`). */
export function decodeCellEntities(cell: string): string {
  if (!cell.includes('&#')) return cell;
  return cell.replace(LINE_BREAK, '\n').replace(COMMA, ',');
}

/** A cell as Qianniu writes it: line breaks as `&#13;`, commas as `&#44;` (read back by decodeCellEntities). */
export function encodeCellEntities(cell: string): string {
  return cell.replace(/\r\n?|\n/g, '&#13;').replace(/,/g, '&#44;');
}
