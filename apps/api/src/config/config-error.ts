/** A configuration problem found at boot; its message is the one line printed before exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly key: string,
    problem: string,
  ) {
    super(`invalid configuration: ${key}: ${problem}`);
    this.name = 'ConfigError';
  }
}
