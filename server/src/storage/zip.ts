/**
 * Just enough of the ZIP format to recognise a DOCX and read one of its parts: the central directory (names,
 * sizes, offsets) and the inflation of one entry with a hard cap on its output, so a "zip bomb" stops at the
 * cap instead of filling memory. Pure functions over a Buffer; anything unexpected is "not a ZIP we read".
 * ZIP64 and encrypted entries are refused: a DOCX under the upload limit never needs them.
 */
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are refused when read. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_ENTRIES = 5000;

/** The central directory's entries, or null when `buf` is not a well-formed (non-ZIP64) ZIP archive. */
export function listZipEntries(buf: Buffer): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || count > MAX_ENTRIES) return null;
  if (offset + size > eocd) return null;

  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > offset + size || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) return null;
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > offset + size) return null;
    entries.push({
      // Bit 11 says UTF-8; otherwise CP437, which agrees with UTF-8 on the ASCII names a DOCX uses.
      name: buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
      encrypted: (flags & 0x1) === 1,
    });
    p = end;
  }
  return entries;
}

/** Offset of the end-of-central-directory record (searched backwards past a comment of up to 64 KiB), or -1. */
function findEndOfCentralDirectory(buf: Buffer): number {
  const last = buf.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let p = last; p >= first; p -= 1) {
    if (buf.readUInt32LE(p) === EOCD_SIGNATURE && p + 22 + buf.readUInt16LE(p + 20) === buf.length) return p;
  }
  return -1;
}

/** Thrown when an entry cannot be read: unsupported method, encryption, bad offsets or more than the cap. */
export class ZipReadError extends Error {
  override name = 'ZipReadError';
}

/** The entry's uncompressed bytes; never more than `maxBytes`, whatever the archive claims. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.encrypted) throw new ZipReadError('encrypted entry');
  if (entry.uncompressedSize > maxBytes) throw new ZipReadError('entry larger than the cap');
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIGNATURE) throw new ZipReadError('bad local header');
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipReadError('entry runs past the end of the archive');
  const data = buf.subarray(start, end);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method !== 8) throw new ZipReadError(`compression method ${entry.method} is not supported`);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (err) {
    throw new ZipReadError('entry could not be inflated within the cap', { cause: err });
  }
}
