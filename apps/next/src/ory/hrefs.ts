import type { FlowHrefs } from '@orykit/react';

/** This app's pages, for the links between the flows. */
export const HREFS = {
  login: '/login',
  registration: '/registration',
  recovery: '/recovery',
  verification: '/verification',
  settings: '/settings',
  logout: '/logout',
  home: '/',
} as const satisfies FlowHrefs;
