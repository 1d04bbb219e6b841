import pino, { type Logger, type LoggerOptions } from 'pino';

/**
 * The process-wide JSON logger. Log lines about one cluster carry `cluster` (use `forCluster`).
 * Anything that could hold credentials is redacted at the logger, so a careless call cannot leak it.
 */
export function createLogger(level: LoggerOptions['level'] = 'info'): Logger {
  return pino({
    level,
    base: { service: 'meshwork' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        '*.token',
        '*.password',
        '*.key',
        '*.keyData',
        '*.privateKey',
        '*.authorization',
        'headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}

export function forCluster(logger: Logger, cluster: string): Logger {
  return logger.child({ cluster });
}
