/**
 * Reads an upload (multipart/form-data) into memory with hard limits: one file, in the field `file`, of at most
 * UPLOAD_MAX_BYTES, and a few short fields. Nothing touches the disk here; multer's errors become the API's 4xx.
 */
import type { RequestHandler } from 'express';
import multer from 'multer';
import type { Config } from '../../env';
import { AppError, fileTooLarge, validationFailed } from '../../errors';

export const UPLOAD_FIELD = 'file';

export function uploadParser(config: Config): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 4, fieldNameSize: 32, fieldSize: 64, parts: 6, headerPairs: 20 },
    // Browsers send UTF-8 names; busboy's default (latin1) would garble "Résumé.pdf".
    defParamCharset: 'utf8',
  }).single(UPLOAD_FIELD);
  return (req, res, next) => parse(req, res, (err: unknown) => next(err ? toUploadError(err, config) : undefined));
}

/** The file itself, or a field-level 400 naming `file`. */
export function requireFile(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file) throw validationFailed([{ path: UPLOAD_FIELD, location: 'body', code: 'required', message: 'choose a file to upload' }]);
  return file;
}

function toUploadError(err: unknown, config: Config): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') return fileTooLarge(config.UPLOAD_MAX_BYTES);
    if (err.code === 'LIMIT_UNEXPECTED_FILE' || err.code === 'LIMIT_FILE_COUNT') {
      return validationFailed([{ path: err.field ?? UPLOAD_FIELD, location: 'body', code: 'unexpected_file', message: `send one file, in the field "${UPLOAD_FIELD}"` }]);
    }
    return validationFailed([{ path: err.field ?? '', location: 'body', code: err.code.toLowerCase(), message: err.message.toLowerCase() }]);
  }
  return new AppError(400, 'malformed_upload', 'The upload could not be read. Please try again.');
}
