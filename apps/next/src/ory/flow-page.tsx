import type { FlowType } from '@orykit/client';
import { serverFlow } from './flow.ts';
import { FlowView } from './flow-view.tsx';
import type { SearchParams } from './request.ts';

/** A self-service page: the flow is fetched on the server for each request. */
export async function FlowPage({ kind, searchParams }: { kind: FlowType; searchParams: Promise<SearchParams> }) {
  return <FlowView kind={kind} flow={await serverFlow(kind, searchParams)} />;
}
