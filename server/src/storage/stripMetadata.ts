/**
 * Removes the metadata cameras and phones write into photos — GPS position, device, date, owner name — before a
 * photo is stored. A migrant photographing their work must not hand their home's coordinates to every employer
 * who may later download it. The image itself is untouched: only metadata segments and chunks are dropped.
 */

/** JPEG APPn segments kept: APP0 (JFIF) and APP2 (ICC colour profile); APP1 (Exif, XMP), APP13 (IPTC) and the rest go. */
const KEPT_JPEG_APP = new Set([0xe0, 0xe2]);
/** PNG chunks dropped: Exif, textual metadata (may hold author, software, comments) and the modification time. */
const DROPPED_PNG_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function stripJpeg(bytes: Buffer): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return bytes; // not a marker where one must be: keep the file as it came
    const marker = bytes[i + 1]!;
    if (marker === 0xda) {
      parts.push(bytes.subarray(i)); // start of scan: the compressed image and the end marker follow
      return Buffer.concat(parts);
    }
    const length = bytes.readUInt16BE(i + 2);
    const end = i + 2 + length;
    if (length < 2 || end > bytes.length) return bytes;
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if ((!isApp || KEPT_JPEG_APP.has(marker)) && marker !== 0xfe) parts.push(bytes.subarray(i, end)); // 0xFE: comment
    i = end;
  }
  return bytes;
}

function stripPng(bytes: Buffer): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(i);
    const type = bytes.toString('latin1', i + 4, i + 8);
    const end = i + 12 + length;
    if (end > bytes.length) return bytes;
    if (!DROPPED_PNG_CHUNKS.has(type)) parts.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  return bytes;
}

/** The bytes to store for a file of this (sniffed) type: photos without their metadata, other files unchanged. */
export function stripImageMetadata(mime: string, bytes: Buffer): Buffer {
  if (mime === 'image/jpeg') return stripJpeg(bytes);
  if (mime === 'image/png') return stripPng(bytes);
  return bytes;
}
