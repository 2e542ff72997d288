import { FlowPage } from '../../ory/flow-page.tsx';
import type { SearchParams } from '../../ory/request.ts';

// Rendered whole on each request, not streamed into a prerendered shell: the form must be in the HTML
// itself for browsers without JavaScript (a streamed part is revealed by a script).
export const instant = false;

export default function VerificationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <FlowPage kind="verification" searchParams={searchParams} />;
}
