import { startEmulatorServer } from './server.ts';
import { DEFAULT_PORTS, DEMO_IDENTITY, type EmulatorOptions } from './engine/options.ts';
import { SERVICE_NAMES, type ServiceName } from './engine/types.ts';

// `pnpm --filter @orykit/emulator emulator [flags]`: starts the emulator on real ports.

const HELP = `orykit emulator: an in-memory Ory Kratos v0.11 + Hydra v2 on real ports.

  --host <ip>                 interface to bind (ORYKIT_EMULATOR_HOST, default 127.0.0.1)
  --kratos-public <port>      (KRATOS_PUBLIC_PORT, default ${DEFAULT_PORTS.kratosPublic})
  --kratos-admin <port>       (KRATOS_ADMIN_PORT, default ${DEFAULT_PORTS.kratosAdmin})
  --hydra-public <port>       (HYDRA_PUBLIC_PORT, default ${DEFAULT_PORTS.hydraPublic})
  --hydra-admin <port>        (HYDRA_ADMIN_PORT, default ${DEFAULT_PORTS.hydraAdmin})
  --network <port>            Ory Network API (ORY_NETWORK_PORT, default ${DEFAULT_PORTS.network})
  --app-origin <url>          the app: UI URLs, return URLs, CORS (ORYKIT_APP_ORIGIN, default http://localhost:5173)
  --public-host <host>        host in the URLs the browser sees (default: --host; use localhost so that
                              cookies are first-party for an app on localhost)
  --cors <origin,...>         extra CORS origins
  --oidc <id,...>             fake OpenID Connect providers, e.g. github,google
  --recovery <code|link>      recovery method (default code); --verification likewise
  --no-seed                   start without the demo identity
  --help
`;

const ENV: Record<ServiceName, string> = {
  kratosPublic: 'KRATOS_PUBLIC_PORT',
  kratosAdmin: 'KRATOS_ADMIN_PORT',
  hydraPublic: 'HYDRA_PUBLIC_PORT',
  hydraAdmin: 'HYDRA_ADMIN_PORT',
  network: 'ORY_NETWORK_PORT',
};
const FLAG: Record<ServiceName, string> = {
  kratosPublic: '--kratos-public',
  kratosAdmin: '--kratos-admin',
  hydraPublic: '--hydra-public',
  hydraAdmin: '--hydra-admin',
  network: '--network',
};

function parse(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) out.set(a.slice(0, eq), a.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) out.set(a, argv[++i]!);
    else out.set(a, 'true');
  }
  return out;
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const args = parse(argv);
  if (args.has('--help')) {
    process.stdout.write(HELP);
    return;
  }
  const env = process.env;
  const host = args.get('--host') ?? env['ORYKIT_EMULATOR_HOST'] ?? '127.0.0.1';
  const publicHost = args.get('--public-host') ?? env['ORYKIT_EMULATOR_PUBLIC_HOST'] ?? host;
  const appOrigin = (args.get('--app-origin') ?? env['ORYKIT_APP_ORIGIN'] ?? 'http://localhost:5173').replace(/\/+$/, '');
  const ports: Partial<Record<ServiceName, number>> = {};
  for (const s of SERVICE_NAMES) {
    const raw = args.get(FLAG[s]) ?? env[ENV[s]];
    ports[s] = raw !== undefined ? Number(raw) : DEFAULT_PORTS[s];
    if (!Number.isInteger(ports[s]) || ports[s]! < 0) throw new Error(`${FLAG[s]}: not a port: ${raw}`);
  }
  const oidc = (args.get('--oidc') ?? '').split(',').filter(Boolean);
  const options: EmulatorOptions = {
    appOrigin,
    ...(oidc.length ? { oidcProviders: oidc.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })) } : {}),
    ...(args.has('--no-seed') ? { seed: false as const } : {}),
    ...(args.get('--recovery') === 'link' ? { recoveryMethod: 'link' as const } : {}),
    ...(args.get('--verification') === 'link' ? { verificationMethod: 'link' as const } : {}),
  };
  const cors = [appOrigin, ...(args.get('--cors') ?? '').split(',').filter(Boolean)];
  const server = await startEmulatorServer({ host, ports, corsOrigins: cors, emulator: options });
  if (publicHost !== host) {
    // The engine was created with the bound host; rebuild it with the host browsers use.
    await server.close();
    const urls = Object.fromEntries(Object.entries(server.ports).map(([s, p]) => [s, `http://${publicHost}:${p}`]));
    const again = await startEmulatorServer({ host, ports: server.ports, corsOrigins: cors, emulator: { ...options, urls } });
    report(again.urls, urls, appOrigin, Boolean(options.seed === false));
    hold(again.close);
    return;
  }
  report(server.urls, server.urls, appOrigin, options.seed === false);
  hold(server.close);
}

function report(bound: Partial<Record<ServiceName, string>>, seen: Partial<Record<ServiceName, string>>, appOrigin: string, noSeed: boolean): void {
  const lines = SERVICE_NAMES.map((s) => `  ${s.padEnd(13)} ${seen[s] ?? ''}${bound[s] !== seen[s] ? `  (listening on ${bound[s]})` : ''}`);
  process.stdout.write(`orykit emulator (Kratos v0.11 + Hydra v2, in memory)\n${lines.join('\n')}\n  app origin    ${appOrigin}\n`);
  if (!noSeed) process.stdout.write(`  sign in as    ${DEMO_IDENTITY.email} / ${DEMO_IDENTITY.password}\n`);
  process.stdout.write('  courier       GET /admin/courier/messages on the Kratos admin URL\n');
}

function hold(close: () => Promise<void>): void {
  const stop = () => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
