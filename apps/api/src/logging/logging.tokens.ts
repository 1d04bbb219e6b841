/** Injection token for the pino Logger. */
export const LOGGER = Symbol('LOGGER');
