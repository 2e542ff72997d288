/**
 * The flow a submit goes to: the one `ui.action` names, where a native form post would go. They differ
 * after a successful settings save: Kratos answers with the saved flow's id but a fresh flow's `ui`
 * (a new TOTP secret, and `action` pointing at the new flow, which holds that secret), so posting by
 * `flow.id` would check the code against a secret the person no longer sees.
 *
 * @example
 * submitFlowId({ id: 'a', ui: { action: 'https://kratos/self-service/settings?flow=b' } }) // 'b'
 */
export function submitFlowId(flow: { id: string; ui?: { action?: unknown } }): string {
  const action = flow.ui?.action;
  if (typeof action !== 'string') return flow.id;
  try {
    return new URL(action, 'http://localhost').searchParams.get('flow') || flow.id;
  } catch {
    return flow.id;
  }
}
