import Papa from 'papaparse';

/**
 * Excel saves CSV as UTF-8 with a BOM ("CSV UTF-8"), as GBK on a Chinese Windows ("CSV"), or as
 * UTF-16LE ("Unicode text"). Decoding tries them in that order; GBK is the platform TextDecoder's.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk' | 'utf-16le' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

/** Rows of cells, trimmed, blank lines dropped; delimiter detected (comma, tab from "Unicode text", semicolon). */
export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';'] });
  return result.data.map((row) => row.map((cell) => (cell ?? '').trim()));
}
