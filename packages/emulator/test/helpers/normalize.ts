// Replaces what differs on every run (ids, times, tokens, codes, secrets) with placeholders, so an
// emulator answer and a real server's captured answer can be compared exactly, key order included.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const HEX32 = /\b[0-9a-f]{32}\b/g;
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;
const EMAIL = /[a-z0-9-]+-\d+@example\.com/g;

const SECRET_KEYS = new Set(['session_token', 'logout_token', 'recovery_code', 'client_secret', 'access_token', 'refresh_token', 'id_token', 'registration_access_token']);

function normString(key: string, s: string): string {
  if (SECRET_KEYS.has(key)) return '<secret>';
  if (key === 'ip_address') return '<ip>';
  if (key === 'n' && s.length > 200) return '<rsa-modulus>';
  if (key === 'user_agent') return '<ua>';
  if (key === 'integrity' && s.startsWith('sha512-')) return '<integrity>';
  if (key === 'src' && s.startsWith('data:')) return '<data-uri>';
  if (key === 'onclick') s = s.replace(/"challenge":"[^"]*"/, '"challenge":"<challenge>"').replace(/"id":"[A-Za-z0-9+/]{22}=="/g, '"id":"<b64-id>"');
  let out = s
    .replace(/ory_(at|rt|ac)_[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, '<ory-token>')
    .replace(UUID, '<uuid>')
    .replace(HEX32, '<hex>')
    .replace(TIME, '<time>')
    .replace(EMAIL, '<email>')
    .replace(/token=[A-Za-z0-9]{32}/g, 'token=<secret>')
    .replace(/code=\d{6}/g, 'code=<code>')
    .replace(/\n\d{6}\n/g, '\n<code>\n');
  if (/^[A-Za-z0-9+/]{86}==$/.test(out)) out = '<csrf>';
  if (/^[A-Z2-7]{32}$/.test(out)) out = '<totp-secret>';
  if (/^[a-z0-9]{8}$/.test(out) && key === 'secret') out = '<lookup>';
  return out;
}

export function normalize(v: unknown, key = ''): unknown {
  if (typeof v === 'string') return normString(key, v);
  if (Array.isArray(v)) return v.map((x) => normalize(x, key));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = normalize(x, k);
    return out;
  }
  if (typeof v === 'number' && (key === 'since' || key === 'rat' || key === 'send_count' || key === 'exp' || key === 'iat' || key === 'nbf' || key === 'auth_time' || key === 'expires_in')) return '<number>';
  return v;
}

/** Lists the differences between two normalized JSON values (path: want ≠ got), key order included. */
export function diff(want: unknown, got: unknown, path = '$'): string[] {
  if (typeof want !== typeof got || Array.isArray(want) !== Array.isArray(got) || (want === null) !== (got === null)) {
    return [`${path}: want ${JSON.stringify(want)?.slice(0, 200)} got ${JSON.stringify(got)?.slice(0, 200)}`];
  }
  if (Array.isArray(want) && Array.isArray(got)) {
    const out: string[] = [];
    if (want.length !== got.length) out.push(`${path}: length ${want.length} ≠ ${got.length}`);
    for (let i = 0; i < Math.min(want.length, got.length); i++) out.push(...diff(want[i], got[i], `${path}[${i}]`));
    return out;
  }
  if (want && typeof want === 'object' && got && typeof got === 'object') {
    const wk = Object.keys(want);
    const gk = Object.keys(got);
    const out: string[] = [];
    if (wk.join(',') !== gk.join(',')) out.push(`${path}: keys [${wk.join(',')}] ≠ [${gk.join(',')}]`);
    for (const k of wk) if (k in got) out.push(...diff((want as Record<string, unknown>)[k], (got as Record<string, unknown>)[k], `${path}.${k}`));
    return out;
  }
  return want === got ? [] : [`${path}: want ${JSON.stringify(want)?.slice(0, 300)} got ${JSON.stringify(got)?.slice(0, 300)}`];
}
