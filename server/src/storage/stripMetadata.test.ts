import { stripImageMetadata } from './stripMetadata';

const segment = (marker: number, payload: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, data, Buffer.alloc(4)]); // CRC is not checked by the stripper
}

describe('stripImageMetadata', () => {
  it('drops the Exif segment (with its GPS position) and comments from a JPEG but keeps JFIF, the colour profile and the image', () => {
    const jfif = segment(0xe0, Buffer.from('JFIF\0\x01\x01'));
    const exif = segment(0xe1, Buffer.from('Exif\0\0GPSLatitude 33.5731 N GPSLongitude 7.5898 W'));
    const icc = segment(0xe2, Buffer.from('ICC_PROFILE\0data'));
    const comment = segment(0xfe, Buffer.from('taken at home'));
    const quant = segment(0xdb, Buffer.from('quantisation table'));
    const scan = Buffer.concat([Buffer.from([0xff, 0xda, 0, 4, 1, 2]), Buffer.from('compressed pixels'), Buffer.from([0xff, 0xd9])]);
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, exif, icc, comment, quant, scan]);

    const stored = stripImageMetadata('image/jpeg', photo);

    expect(stored.toString('latin1')).not.toContain('GPSLatitude');
    expect(stored.toString('latin1')).not.toContain('taken at home');
    expect(stored).toEqual(Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, icc, quant, scan]));
  });

  it('drops eXIf and text chunks from a PNG and keeps the image chunks in order', () => {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const ihdr = pngChunk('IHDR', Buffer.alloc(13, 1));
    const exif = pngChunk('eXIf', Buffer.from('GPS 33.57 -7.58'));
    const text = pngChunk('tEXt', Buffer.from('Author\0Awa Traore'));
    const idat = pngChunk('IDAT', Buffer.from('pixels'));
    const iend = pngChunk('IEND', Buffer.alloc(0));

    const stored = stripImageMetadata('image/png', Buffer.concat([signature, ihdr, exif, text, idat, iend]));

    expect(stored).toEqual(Buffer.concat([signature, ihdr, idat, iend]));
  });

  it('leaves a damaged JPEG and other types exactly as they came', () => {
    const damaged = Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02, 0x03, 0x04]);
    expect(stripImageMetadata('image/jpeg', damaged)).toBe(damaged);
    const pdf = Buffer.from('%PDF-1.7 /Author (someone)');
    expect(stripImageMetadata('application/pdf', pdf)).toBe(pdf);
  });
});
