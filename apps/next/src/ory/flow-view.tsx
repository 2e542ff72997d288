'use client';
// The boundary between the server pages and the kit: a flow fetched on the server goes in as `initialFlow`,
// so the managed component renders its form in the server's HTML (a real <form> that posts to Kratos without
// JavaScript) and, once hydrated, submits with fetch and re-renders in place.
import type { FlowType } from '@orykit/client';
import type { BrowserFlows } from '@orykit/client/server';
import { Login, Recovery, Registration, Settings, Verification } from '@orykit/react';
import type { FlowOptions } from '@orykit/react-query';
import type { ComponentType } from 'react';
import { HREFS } from './hrefs.ts';

type ManagedFlow = ComponentType<{ options: FlowOptions; hrefs: typeof HREFS }>;
const MANAGED: Record<FlowType, ManagedFlow> = { login: Login, registration: Registration, recovery: Recovery, verification: Verification, settings: Settings };

export function FlowView<K extends FlowType>({ kind, flow }: { kind: K; flow: BrowserFlows[K] }) {
  const Managed: ManagedFlow = MANAGED[kind];
  return <Managed options={{ initialFlow: flow }} hrefs={HREFS} />;
}
