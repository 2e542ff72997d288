import type { Route } from '../router.ts';

export const hydraRoutes: Route[] = [];
