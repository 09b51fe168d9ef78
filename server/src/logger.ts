/** The process-wide pino logger; requests get child loggers carrying their request id (see app.ts). */
import pino from 'pino';

export function createLogger(level: string) {
  return pino({
    level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
  });
}
export type Logger = ReturnType<typeof createLogger>;
