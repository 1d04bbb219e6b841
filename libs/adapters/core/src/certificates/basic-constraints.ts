import { derChildren, readDer } from './der-reader';

const SEQUENCE = 0x30;
const BOOLEAN = 0x01;
const INTEGER = 0x02;
const OID = 0x06;
const OCTET_STRING = 0x04;
const EXTENSIONS = 0xa3;
/** 2.5.29.19, id-ce-basicConstraints, DER-encoded. */
const BASIC_CONSTRAINTS = [0x55, 0x1d, 0x13];

export interface BasicConstraints {
  ca: boolean;
  /** Absent when the extension sets no limit. */
  pathLen?: number;
}

/**
 * The basicConstraints extension of a DER certificate. node:crypto reports `ca` but not the path
 * length, so the extension is read here; undefined when the certificate has none or is malformed.
 */
export function readBasicConstraints(der: Uint8Array): BasicConstraints | undefined {
  const certificate = readDer(der, 0);
  if (certificate?.tag !== SEQUENCE) return undefined;
  const tbs = derChildren(der, certificate)[0];
  if (tbs?.tag !== SEQUENCE) return undefined;
  const extensionsTag = derChildren(der, tbs).find((e) => e.tag === EXTENSIONS);
  const list = extensionsTag && derChildren(der, extensionsTag)[0];
  if (list?.tag !== SEQUENCE) return undefined;
  for (const extension of derChildren(der, list)) {
    const [id, ...rest] = derChildren(der, extension);
    if (id?.tag !== OID || !sameBytes(der, id, BASIC_CONSTRAINTS)) continue;
    const value = rest.find((e) => e.tag === OCTET_STRING);
    const inner = value && readDer(der, value.start);
    if (inner?.tag !== SEQUENCE) return undefined;
    const result: BasicConstraints = { ca: false };
    for (const field of derChildren(der, inner)) {
      if (field.tag === BOOLEAN) result.ca = der[field.start] !== 0;
      if (field.tag === INTEGER) result.pathLen = readSmallInteger(der, field);
    }
    return result;
  }
  return undefined;
}

function sameBytes(der: Uint8Array, element: { start: number; end: number }, expected: number[]) {
  return (
    element.end - element.start === expected.length &&
    expected.every((byte, i) => der[element.start + i] === byte)
  );
}

function readSmallInteger(der: Uint8Array, element: { start: number; end: number }): number {
  let value = 0;
  for (let i = element.start; i < element.end; i++) value = value * 256 + der[i]!;
  return value;
}
