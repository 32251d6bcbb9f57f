import { pino, type Logger } from 'pino';

/** JSON logs on stdout (one object per line), ready for any log shipper. */
export function createLogger(level: string, destination?: { write(line: string): void }): Logger {
  return destination ? pino({ level, base: { service: 'parkscope' } }, destination) : pino({ level, base: { service: 'parkscope' } });
}
export type { Logger };
