/** A find/hide expression that cannot be parsed; `position` is the 1-based column of the problem. */
export class ExpressionSyntaxError extends Error {
  constructor(
    readonly expression: string,
    readonly position: number,
    reason: string,
  ) {
    super(`${reason} at position ${position}`);
    this.name = 'ExpressionSyntaxError';
  }
}
