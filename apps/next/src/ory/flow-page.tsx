import type { FlowType } from '@orykit/client';
import { Login, Recovery, Registration, Settings, Verification } from '@orykit/react';
import type { FlowOptions } from '@orykit/react-query';
import type { ComponentType } from 'react';
import { serverFlow } from './flow.ts';
import { HREFS } from './hrefs.ts';
import type { SearchParams } from './request.ts';

type ManagedFlow = ComponentType<{ options: FlowOptions; hrefs: typeof HREFS }>;
const MANAGED: Record<FlowType, ManagedFlow> = { login: Login, registration: Registration, recovery: Recovery, verification: Verification, settings: Settings };

/**
 * A self-service page: the flow is fetched on the server for each request and handed to the kit's managed
 * component as `initialFlow` (plain JSON, so it crosses the `'use client'` boundary). The server's HTML holds
 * the form, which posts to Kratos without JavaScript; hydrated, the component submits with fetch in place.
 */
export async function FlowPage({ kind, searchParams }: { kind: FlowType; searchParams: Promise<SearchParams> }) {
  const Managed = MANAGED[kind];
  return <Managed options={{ initialFlow: await serverFlow(kind, searchParams) }} hrefs={HREFS} />;
}
