import { failure, type KubeStatusError, type StatusCause } from './status-error';
import { type GroupResource, objectDetails, qualifiedName } from './group-resource';

/** Constructors for the errors the real API server returns, with its messages word for word. */
export const apiErrors = {
  notFound(gr: GroupResource, name: string): KubeStatusError {
    return failure(
      404,
      'NotFound',
      `${qualifiedName(gr)} "${name}" not found`,
      objectDetails(gr, name),
    );
  },
  /** What the server answers for a path it does not serve at all. */
  pathNotFound(): KubeStatusError {
    return failure(404, 'NotFound', 'the server could not find the requested resource', {});
  },
  alreadyExists(gr: GroupResource, name: string): KubeStatusError {
    return failure(
      409,
      'AlreadyExists',
      `${qualifiedName(gr)} "${name}" already exists`,
      objectDetails(gr, name),
    );
  },
  conflict(gr: GroupResource, name: string, why: string): KubeStatusError {
    return failure(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualifiedName(gr)} "${name}": ${why}`,
      objectDetails(gr, name),
    );
  },
  staleUpdate(gr: GroupResource, name: string): KubeStatusError {
    return apiErrors.conflict(
      gr,
      name,
      'the object has been modified; please apply your changes to the latest version and try again',
    );
  },
  /** `kind` is the object's Kind qualified by group ("Deployment.apps"), as in NewInvalid. */
  invalid(
    qualifiedKind: { group: string; kind: string },
    name: string,
    causes: InvalidCause[],
  ): KubeStatusError {
    const kindText =
      qualifiedKind.group === ''
        ? qualifiedKind.kind
        : `${qualifiedKind.kind}.${qualifiedKind.group}`;
    const texts = causes.map((c) => `${c.field}: ${c.message}`);
    const summary = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
    const details: { name?: string; group?: string; kind: string; causes: StatusCause[] } = {
      kind: qualifiedKind.kind,
      causes: causes.map((c) => ({ reason: c.reason, message: c.message, field: c.field })),
    };
    if (name !== '') details.name = name;
    if (qualifiedKind.group !== '') details.group = qualifiedKind.group;
    return failure(422, 'Invalid', `${kindText} "${name}" is invalid: ${summary}`, details);
  },
  /** A patch that cannot be applied (upstream's generic 422 response). */
  unprocessable(message: string): KubeStatusError {
    return failure(
      422,
      'Invalid',
      'the server rejected our request due to an error in our request',
      {
        causes: [{ reason: 'UnexpectedServerResponse', message }],
      },
    );
  },
  badRequest(message: string): KubeStatusError {
    return failure(400, 'BadRequest', message);
  },
  unauthorized(): KubeStatusError {
    return failure(401, 'Unauthorized', 'Unauthorized');
  },
  forbidden(gr: GroupResource, name: string, message: string): KubeStatusError {
    const subject = name === '' ? qualifiedName(gr) : `${qualifiedName(gr)} "${name}"`;
    return failure(
      403,
      'Forbidden',
      `${subject} is forbidden: ${message}`,
      objectDetails(gr, name),
    );
  },
  forbiddenPath(message: string): KubeStatusError {
    return failure(403, 'Forbidden', `forbidden: ${message}`, {});
  },
  methodNotAllowed(): KubeStatusError {
    return failure(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
      {},
    );
  },
  expired(message: string, continueToken?: string): KubeStatusError {
    return failure(
      410,
      'Expired',
      message,
      undefined,
      continueToken ? { continue: continueToken } : {},
    );
  },
  unsupportedMediaType(accepted: string[]): KubeStatusError {
    return failure(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`,
    );
  },
  tooLarge(): KubeStatusError {
    return failure(413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728');
  },
  tooLargeResourceVersion(requested: number, current: number): KubeStatusError {
    return failure(
      504,
      'Timeout',
      `Too large resource version: ${requested}, current: ${current}`,
      {
        causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }],
        retryAfterSeconds: 1,
      },
    );
  },
  internal(message: string): KubeStatusError {
    return failure(500, 'InternalError', `Internal error occurred: ${message}`, {
      causes: [{ message }],
    });
  },
};

export interface InvalidCause {
  reason:
    | 'FieldValueRequired'
    | 'FieldValueInvalid'
    | 'FieldValueForbidden'
    | 'FieldValueNotSupported'
    | 'FieldValueDuplicate';
  field: string;
  message: string;
}
