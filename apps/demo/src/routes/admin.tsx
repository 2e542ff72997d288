import { AdminPage } from '../pages/admin/Admin.tsx';
import { routePath, useLocation } from '../router.tsx';
import { browserOnly, BrowserOnlyFallback } from './client-only.tsx';
import type { TitleHandle } from '../title.tsx';

export const clientLoader = browserOnly;
export const HydrateFallback = BrowserOnlyFallback;

export const handle: TitleHandle = { title: 'demo.nav.admin' };

export default function AdminRoute() {
  return <AdminPage path={routePath(useLocation().pathname)} />;
}
