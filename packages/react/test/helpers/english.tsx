import type { ReactNode } from 'react';
import { en, OryComponentsProvider } from '../../src/index.ts';

/**
 * The whole English catalog for a `<Flow>` or `<Node>` rendered alone: they carry the English every flow
 * shows; another flow's English (settings sections, backup codes) comes with its flow component.
 */
export function AllEnglish({ children }: { children?: ReactNode }) {
  return <OryComponentsProvider messages={en}>{children}</OryComponentsProvider>;
}
