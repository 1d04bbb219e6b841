export enum TopologyErrorCode {
  INVALID_EXPRESSION = 'INVALID_EXPRESSION',
  SERVICE_NOT_FOUND = 'SERVICE_NOT_FOUND',
  INVALID_WINDOW = 'INVALID_WINDOW',
}

/** A topology request that cannot be answered as asked; mapped to a GraphQL error with the code. */
export class TopologyException extends Error {
  constructor(
    readonly code: TopologyErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'TopologyException';
  }
}
