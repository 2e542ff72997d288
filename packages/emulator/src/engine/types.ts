/** The five HTTP services the emulator plays: Kratos' two ports, Hydra's two ports, and Ory Network. */
export type ServiceName = 'kratosPublic' | 'kratosAdmin' | 'hydraPublic' | 'hydraAdmin' | 'network';

export const SERVICE_NAMES: readonly ServiceName[] = ['kratosPublic', 'kratosAdmin', 'hydraPublic', 'hydraAdmin', 'network'];

/** One HTTP request, as an adapter hands it to the engine. */
export interface EmulatorRequest {
  service: ServiceName;
  /** Upper-case HTTP method. */
  method: string;
  /** Path and query, e.g. `/self-service/login/browser?return_to=…`. */
  url: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** The client's `ip:port` (Go's RemoteAddr), shown in session devices. */
  remoteAddress?: string;
}

export type HeaderValue = string | readonly string[];

/** The engine's answer. `set-cookie` is an array when several cookies are set. */
export interface EmulatorResponse {
  status: number;
  headers: Record<string, HeaderValue>;
  body?: string;
}

/** Time source; tests inject one to move flows past their expiry. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** A clock that tests can move. */
export interface ManualClock extends Clock {
  set(ms: number): void;
  advance(ms: number): void;
}
