/**
 * Plain-text tables laid out like the Salesforce CLI's (@salesforce/apex-node's Table): an
 * optional `=== Title` line, left-aligned columns two spaces apart, a '─' rule under the header,
 * and multi-line cells continued on following lines at the cell's own column.
 */

export interface Column<Row> {
  label: string;
  value: (row: Row) => string;
}

const SEPARATOR = '  ';
const RULE = '─';

const pad = (text: string, width: number, filler = ' '): string =>
  text + filler.repeat(Math.max(0, width - text.length));

export function formatTable<Row>(rows: Row[], columns: Column<Row>[], title?: string): string {
  const cells = rows.map((row) => columns.map((column) => column.value(row).split('\n')));
  const widths = columns.map((column, index) =>
    Math.max(
      column.label.length,
      ...cells.map((row) => Math.max(...(row[index] ?? ['']).map((line) => line.length))),
    ),
  );
  const lastColumn = columns.length - 1;
  const line = (parts: string[], filler = ' '): string =>
    parts
      .map((part, index) =>
        index === lastColumn
          ? pad(part, widths[index] ?? 0, filler)
          : pad(part, widths[index] ?? 0, filler) + SEPARATOR,
      )
      .join('');
  const output: string[] = [];
  if (title) output.push(`=== ${title}`);
  output.push(line(columns.map((column) => column.label)));
  output.push(
    line(
      columns.map(() => ''),
      RULE,
    ),
  );
  for (const row of cells) {
    const height = Math.max(...row.map((cell) => cell.length));
    for (let index = 0; index < height; index++)
      output.push(line(row.map((cell) => cell[index] ?? '')));
  }
  return `${output.join('\n')}\n`;
}
