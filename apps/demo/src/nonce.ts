import { createContext } from 'react';

/** The CSP nonce of a server-rendered page (entry.server.tsx): React Router's inline scripts carry it. */
export const CspNonce = createContext<string | undefined>(undefined);
