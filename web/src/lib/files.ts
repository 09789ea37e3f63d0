/**
 * Files staff upload and download: the roster upload's encoding and size limit, the roster template,
 * CSV text and data: links. Staff pages only, so that a student's pages never download it.
 */

/** Base64 of raw bytes (the file as Excel saved it: the server detects UTF-8, GBK or UTF-16). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The API's limit on a roster file (its base64 limit, about 1 MB of file). */
export { MAX_ROSTER_FILE_BYTES } from '$domain/roster/upload';

/** One CSV cell, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with CRLF line ends, as Excel writes it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The roster template: UTF-8 with a BOM so that Excel opens the Chinese header correctly. */
export function rosterTemplateCsv(): string {
  return (
    '\uFEFF' +
    toCsv([
      ['姓名', '学号'],
      ['张三', '2025001'],
      ['李四', '2025002'],
    ])
  );
}

export function dataUri(mime: string, text: string): string {
  return `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
}
