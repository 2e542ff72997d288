// The consent form's endpoint (a native form POST, with or without JavaScript): allow or deny, then 303 to
// where Hydra sends the browser next.
import { adminRejectOAuth2ConsentRequest, isOryError } from '@orykit/client';
import { acceptConsent, consentRequest, UNKNOWN_CONSENT } from '../../../../ory/consent.ts';
import { hydraAdmin } from '../../../../ory/hydra.ts';

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location } });

export async function POST(request: Request): Promise<Response> {
  // Only this app's own pages may answer for the person (a cross-site form post may not).
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== new URL(request.url).origin) return new Response('Cross-origin consent refused', { status: 403 });
  const form = await request.formData();
  const challenge = String(form.get('consent_challenge') ?? '');
  if (!challenge) return new Response('No consent_challenge in the form', { status: 400 });
  const hydra = hydraAdmin();
  if (form.get('consent_action') === 'reject') {
    const { redirect_to } = await adminRejectOAuth2ConsentRequest(hydra, { consent_challenge: challenge, body: { error: 'access_denied', error_description: 'The user denied the request.' } });
    return seeOther(redirect_to);
  }
  const consent = await consentRequest(challenge);
  if (isOryError(consent)) return new Response(UNKNOWN_CONSENT, { status: 410, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const scopes = form.getAll('grant_scope').map(String);
  return seeOther(await acceptConsent(request, consent, scopes, form.get('remember') !== null));
}
