/** Where the browser reaches Kratos and Hydra on this app's origin (the same-origin proxy in src/proxy.ts). */
export const ORY_PREFIX = '/.ory';
