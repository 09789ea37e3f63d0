/**
 * The report's sheets as an .xlsx file, written by ExcelJS: loaded only when a bureau asks for the
 * file, so no page pays for the library before.
 */
import type { Sheet } from './report';

export async function xlsxBlob(sheets: Sheet[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ClearCampus';
  for (const sheet of sheets) {
    // Excel refuses sheet names over 31 characters or with []:*?/\.
    const worksheet = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.columns).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
    worksheet.columns.forEach((column, index) => {
      const widest = Math.max(...[sheet.columns[index] ?? '', ...sheet.rows.map((r) => r[index] ?? '')].map((v) => String(v).length));
      column.width = Math.min(40, Math.max(8, widest * 2 + 2));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
