import type { Route } from '../router.ts';

export const networkRoutes: Route[] = [];
