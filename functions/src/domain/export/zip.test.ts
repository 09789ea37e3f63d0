import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from './zip.js';

describe('zip', () => {
  const archive = zip(
    [
      { name: 'data.json', content: '{"name":"小明"}' },
      { name: 'progress.csv', content: '\uFEFF模块,进度\r\n' },
    ],
    new Date(2025, 5, 26, 10, 30, 0),
  );

  it('writes local headers, a central directory and its end record', () => {
    expect(archive.readUInt32LE(0)).toBe(0x04034b50);
    const end = archive.length - 22;
    expect(archive.readUInt32LE(end)).toBe(0x06054b50);
    expect(archive.readUInt16LE(end + 10)).toBe(2);
    const directory = archive.readUInt32LE(end + 16);
    expect(archive.readUInt32LE(directory)).toBe(0x02014b50);
  });

  it('holds each file deflated, with its UTF-8 name', () => {
    const nameLength = archive.readUInt16LE(26);
    expect(archive.subarray(30, 30 + nameLength).toString()).toBe('data.json');
    const packed = archive.subarray(30 + nameLength, 30 + nameLength + archive.readUInt32LE(18));
    expect(inflateRawSync(packed).toString()).toBe('{"name":"小明"}');
  });
});
