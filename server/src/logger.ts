import pino from 'pino';
import { logLevelOf } from './config';

/** The process-wide structured logger (JSON lines on stdout). */
export const logger = pino({ level: logLevelOf() });
