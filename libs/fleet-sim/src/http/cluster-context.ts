import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Discovery } from '../api/discovery';
import { type ResourceRegistry } from '../api/resource-registry';
import { type ResourceType } from '../api/resource-type';
import { type TokenAuthenticator } from '../auth/token-authenticator';
import { type UserInfo } from '../auth/user-info';
import { type ObjectStore } from '../store/object-store';
import { type RequestInfo } from './request-info';

/** Everything one virtual cluster's request handlers share. */
export interface ClusterContext {
  readonly name: string;
  readonly version: VersionInfo;
  readonly store: ObjectStore;
  readonly registry: ResourceRegistry;
  readonly discovery: Discovery;
  readonly auth: TokenAuthenticator;
  readonly bookmarkIntervalMs: number;
}

export interface VersionInfo {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit: string;
  gitTreeState: string;
  buildDate: string;
  goVersion: string;
  compiler: string;
  platform: string;
}

/** One request for a served resource, after authentication, authorization and routing. */
export interface ResourceRequest {
  readonly ctx: ClusterContext;
  readonly info: RequestInfo;
  readonly type: ResourceType;
  /** The apiVersion the client addressed (objects are answered in it). */
  readonly apiVersion: string;
  readonly query: URLSearchParams;
  readonly user: UserInfo;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
}

export function versionInfo(gitVersion: string): VersionInfo {
  const match = /^v(\d+)\.(\d+)/.exec(gitVersion);
  return {
    major: match?.[1] ?? '1',
    minor: match?.[2] ?? '34',
    gitVersion,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '1970-01-01T00:00:00Z',
    goVersion: 'go1.24.6',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}
