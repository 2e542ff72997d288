import type { JsonObject } from '../http/body.ts';

export interface ProjectRecord {
  id: string;
  name: string;
  slug: string;
  revisionId: string;
  state: 'running' | 'halted';
  services: JsonObject;
  members: JsonObject[];
  apiKeys: { id: string; name: string; ownerId: string; value: string }[];
  createdAt: number;
  updatedAt: number;
}

export interface NetworkState {
  projects: Map<string, ProjectRecord>;
}

export function createNetworkState(): NetworkState {
  return { projects: new Map() };
}

/** The account every request acts as (the emulator has no Ory Network login). */
export const OWNER = { id: '8a8f7c4e-0a0b-4d1e-9c3f-6f6f6f6f6f6f', email: 'owner@orykit.dev', name: 'orykit owner' };
