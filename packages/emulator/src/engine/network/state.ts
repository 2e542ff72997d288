export interface NetworkState {
  projects: Map<string, unknown>;
}

export function createNetworkState(): NetworkState {
  return { projects: new Map() };
}
