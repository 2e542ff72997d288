export interface HydraState {
  clients: Map<string, unknown>;
}

export function createHydraState(_prev?: HydraState): HydraState {
  return { clients: new Map() };
}
