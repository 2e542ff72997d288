import { Registration } from '@orykit/react';
import { useRegistrationFlow } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { flowOptions, hrefs } from './flow-options.ts';
import { usePageTitle } from '../title.ts';

/** `/registration`: create an account. */
export function RegistrationPage() {
  usePageTitle('ui.registration.title');
  const controller = useRegistrationFlow(flowOptions(useSearchParams()));
  return <Registration controller={controller} hrefs={hrefs} />;
}
