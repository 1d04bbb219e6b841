import { type Container } from '@meshwork/adapters-core';

/** The chart renders most settings into a `/bin/sh -ec` script, so flags live in `command`, not `args`. */
export type ContainerWithCommand = Container & { command?: string[] };

/**
 * Every `-flag=value` / `-flag value` / `--flag=value` in a container's command and args, in order, so
 * repeated flags (`-allow-k8s-namespace`) keep all their values. Shell line continuations and quotes
 * are removed; a bare `-flag` is recorded as `true`.
 */
export function commandFlags(container: ContainerWithCommand | undefined): Map<string, string[]> {
  const words = [...(container?.command ?? []), ...(container?.args ?? [])]
    .join(' ')
    .replace(/\\\r?\n/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const flags = new Map<string, string[]>();
  const add = (name: string, value: string) => {
    flags.set(name, [...(flags.get(name) ?? []), unquote(value)]);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const match = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(word);
    if (!match) continue;
    const name = match[1] as string;
    if (match[2] !== undefined) {
      add(name, match[2]);
      continue;
    }
    const next = words[i + 1];
    if (next !== undefined && !next.startsWith('-')) {
      add(name, next);
      i++;
    } else {
      add(name, 'true');
    }
  }
  return flags;
}

const unquote = (value: string): string => value.replace(/^(['"])(.*)\1$/, '$2');

export function lastFlag(flags: Map<string, string[]>, name: string): string | undefined {
  return flags.get(name)?.at(-1);
}

export function envValue(container: Container | undefined, name: string): string | undefined {
  return container?.env?.find((e) => e.name === name)?.value;
}
