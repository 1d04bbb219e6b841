export enum PolicyEffectType {
  TRAFFIC_SPLIT = 'TRAFFIC_SPLIT',
  TIMEOUT = 'TIMEOUT',
  RETRY = 'RETRY',
  FAULT_INJECTION = 'FAULT_INJECTION',
  MIRROR = 'MIRROR',
  CIRCUIT_BREAKER = 'CIRCUIT_BREAKER',
  MTLS_MODE = 'MTLS_MODE',
  ACCESS = 'ACCESS',
}

export enum MtlsModeValue {
  STRICT = 'STRICT',
  PERMISSIVE = 'PERMISSIVE',
  DISABLE = 'DISABLE',
}

export enum AccessAction {
  ALLOW = 'ALLOW',
  DENY = 'DENY',
}

export interface HttpMatch {
  path?: { type: 'EXACT' | 'PREFIX' | 'REGEX'; value: string };
  method?: string;
  /** Header name → exact value; other header match types are reported as unmodelled. */
  headers?: Record<string, string>;
}

/** The route of a native policy an effect belongs to; absent = every request to the targets. */
export interface RouteScope {
  /** Position of the route in the native object (first match wins in most meshes). */
  index: number;
  name?: string;
  /** OR-ed matches; empty = every request. */
  matches: HttpMatch[];
}

/** `service` is a Service id when the adapter resolved it, else the host as written. */
export interface BackendRef {
  service: string;
  subset?: string;
  port?: number;
}

export interface WeightedBackend extends BackendRef {
  /** Relative weight; meshes use different totals (Istio 100, SMI any, Consul 100.0). */
  weight: number;
}

/** Sources of one access rule: every listed field must match (AND); values in one list are OR-ed. */
export interface AccessPeer {
  identities?: string[];
  namespaces?: string[];
}

export interface AccessOperation {
  ports?: number[];
  paths?: string[];
  methods?: string[];
  hosts?: string[];
}

/** One rule: any `from` peer (or anyone when empty) doing any `to` operation (or anything when empty). */
export interface AccessRule {
  from: AccessPeer[];
  to: AccessOperation[];
}

interface EffectBase {
  route?: RouteScope;
}

export interface TrafficSplitEffect extends EffectBase {
  type: PolicyEffectType.TRAFFIC_SPLIT;
  backends: WeightedBackend[];
}

export interface TimeoutEffect extends EffectBase {
  type: PolicyEffectType.TIMEOUT;
  ms: number;
}

export interface RetryEffect extends EffectBase {
  type: PolicyEffectType.RETRY;
  attempts: number;
  perTryTimeoutMs?: number;
  /** Retry conditions as the mesh names them (`5xx`, `connect-failure`, `gateway-error`...). */
  on?: string[];
}

export interface FaultInjectionEffect extends EffectBase {
  type: PolicyEffectType.FAULT_INJECTION;
  delay?: { ms: number; percent: number };
  abort?: { httpStatus?: number; grpcStatus?: string; percent: number };
}

export interface MirrorEffect extends EffectBase {
  type: PolicyEffectType.MIRROR;
  to: BackendRef;
  percent: number;
}

export interface CircuitBreakerEffect extends EffectBase {
  type: PolicyEffectType.CIRCUIT_BREAKER;
  maxConnections?: number;
  maxPendingRequests?: number;
  maxRequests?: number;
  maxRequestsPerConnection?: number;
  maxRetries?: number;
  /** Outlier detection: consecutive errors before a host is ejected. */
  consecutiveErrors?: number;
  intervalMs?: number;
  baseEjectionTimeMs?: number;
  maxEjectionPercent?: number;
}

export interface MtlsModeEffect extends EffectBase {
  type: PolicyEffectType.MTLS_MODE;
  mode: MtlsModeValue;
  /** SERVER = what the target accepts (PeerAuthentication); CLIENT = what callers send (DR tls). */
  side: 'SERVER' | 'CLIENT';
  /** Only this port, when the mode is port-level. */
  port?: number;
}

export interface AccessEffect extends EffectBase {
  type: PolicyEffectType.ACCESS;
  action: AccessAction;
  /** OR-ed rules; an empty list matches nothing (an ALLOW with no rules denies everything). */
  rules: AccessRule[];
}

export type PolicyEffect =
  | TrafficSplitEffect
  | TimeoutEffect
  | RetryEffect
  | FaultInjectionEffect
  | MirrorEffect
  | CircuitBreakerEffect
  | MtlsModeEffect
  | AccessEffect;
