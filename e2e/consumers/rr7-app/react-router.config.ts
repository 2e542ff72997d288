// React Router 7 framework mode, server rendering on (its default).
import type { Config } from '@react-router/dev/config';

export default { ssr: true } satisfies Config;
