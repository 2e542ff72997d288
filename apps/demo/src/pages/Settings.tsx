import type { SettingsFlow } from '@orykit/client';
import { Settings } from '@orykit/react';
import { useSettingsFlow } from '@orykit/react-query';
import { useSearchParams } from '../router.tsx';
import { flowOptions, hrefs } from './flow-options.ts';

/** `/settings`: profile, password, authenticator app, lookup codes, security keys. */
export function SettingsPage({ initialFlow }: { initialFlow?: SettingsFlow | undefined }) {
  const controller = useSettingsFlow({ ...flowOptions(useSearchParams()), initialFlow });
  return <Settings controller={controller} hrefs={hrefs} />;
}
