import { AdminPage } from '../pages/admin/Admin.tsx';
import { routePath, useLocation } from '../router.tsx';
import { browserOnly, BrowserOnlyFallback } from './client-only.tsx';

export const clientLoader = browserOnly;
export const HydrateFallback = BrowserOnlyFallback;

export default function AdminRoute() {
  return <AdminPage path={routePath(useLocation().pathname)} />;
}
