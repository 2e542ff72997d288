interface AcceptSpec {
  value: string;
  q: number;
}

function parseAccept(header: string | undefined): AcceptSpec[] {
  if (!header) return [];
  const specs: AcceptSpec[] = [];
  for (const raw of header.split(',')) {
    const [type, ...params] = raw.split(';').map((s) => s.trim());
    if (!type) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=').map((s) => s.trim());
      if (k === 'q' && v !== undefined) {
        const n = Number(v);
        if (!Number.isNaN(n)) q = n;
      }
    }
    specs.push({ value: type.toLowerCase(), q });
  }
  return specs;
}

/**
 * Picks the best offer for an `Accept` header with the algorithm of golang/gddo's
 * httputil.NegotiateContentType, which Kratos uses to choose between JSON and redirects.
 */
export function negotiateContentType(accept: string | undefined, offers: readonly string[], defaultOffer: string): string {
  let bestOffer = defaultOffer;
  let bestQ = -1;
  let bestWild = 3;
  const specs = parseAccept(accept);
  for (const offer of offers) {
    for (const spec of specs) {
      if (spec.q === 0 || spec.q < bestQ) continue;
      if (spec.value === '*/*') {
        if (spec.q > bestQ || bestWild > 2) {
          bestQ = spec.q;
          bestWild = 2;
          bestOffer = offer;
        }
      } else if (spec.value.endsWith('/*')) {
        if (offer.startsWith(spec.value.slice(0, -1)) && (spec.q > bestQ || bestWild > 1)) {
          bestQ = spec.q;
          bestWild = 1;
          bestOffer = offer;
        }
      } else if (spec.value === offer && (spec.q > bestQ || bestWild > 0)) {
        bestQ = spec.q;
        bestWild = 0;
        bestOffer = offer;
      }
    }
  }
  return bestOffer;
}

type Headers = Readonly<Record<string, string>>;

/** Kratos' x.IsJSONRequest: JSON is preferred, or the body is exactly `application/json`. */
export function isJSONRequest(h: Headers): boolean {
  return (
    negotiateContentType(h['accept'], ['text/html', 'text/*', '*/*', 'application/json'], 'text/html') === 'application/json' ||
    h['content-type'] === 'application/json'
  );
}

/** Kratos' x.IsBrowserRequest. */
export function isBrowserRequest(h: Headers): boolean {
  return negotiateContentType(h['accept'], ['text/html', 'text/*', '*/*', 'application/json'], 'text/html') === 'text/html';
}

/** Kratos' x.AcceptsJSON, used by AcceptToRedirectOrJSON and ContentNegotiationRedirection. */
export function acceptsJSON(h: Headers): boolean {
  return negotiateContentType(h['accept'], ['text/html', 'application/json'], 'text/html') === 'application/json';
}
