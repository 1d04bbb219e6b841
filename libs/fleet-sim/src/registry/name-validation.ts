import { type InvalidCause } from '../api/api-errors';
import { type NameRule } from '../api/resource-type';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** metadata.name validation with upstream's messages (apimachinery validation/IsDNS1123Label & co). */
export function validateName(rule: NameRule, name: string): InvalidCause[] {
  const invalid = (message: string): InvalidCause[] => [
    {
      reason: 'FieldValueInvalid',
      field: 'metadata.name',
      message: `Invalid value: "${name}": ${message}`,
    },
  ];
  switch (rule) {
    case 'dns1123-label':
      if (name.length > 63) return invalid('must be no more than 63 characters');
      return LABEL.test(name)
        ? []
        : invalid(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
          );
    case 'dns1035-label':
      if (name.length > 63) return invalid('must be no more than 63 characters');
      return LABEL_1035.test(name)
        ? []
        : invalid(
            "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
          );
    case 'dns1123-subdomain':
      if (name.length > 253) return invalid('must be no more than 253 characters');
      return SUBDOMAIN.test(name)
        ? []
        : invalid(
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
          );
    case 'path-segment':
      if (name === '.' || name === '..') return invalid(`may not be '${name}'`);
      if (name.includes('/')) return invalid("may not contain '/'");
      if (name.includes('%')) return invalid("may not contain '%'");
      return [];
  }
}
