import type { InputNode } from '../model.ts';
import type { WebAuthnTrigger } from '../nodes/webauthn.ts';
import { runCeremony } from '../nodes/webauthn/ceremony.ts';
import { webAuthnRequestOf } from '../nodes/webauthn/options.ts';
import { validateGroup } from './controls.ts';
import { CANCELLED_BY_PERSON, WEBAUTHN_FAILURE_KEYS, type WebAuthnRunnerOptions } from './webauthn.ts';

// What a click on a WebAuthn button runs in the kit's mode: check the form's fields, run the ceremony, put the result into
// that form's hidden field and submit it through the flow's own submit path. Loaded with `import()`
// (webauthn.ts): a page renders its security-key buttons without this code.

/** Sets the named control of `form` (this form only, never a page-wide query). */
function setFormValue(form: HTMLFormElement, name: string, value: string): boolean {
  const el = form.elements.namedItem(name);
  if (el instanceof HTMLInputElement) {
    el.value = value;
    return true;
  }
  return false;
}

/**
 * Runs the ceremony of `node` for one form; `running` holds the form's running ceremony (aborted when
 * another starts), `retry` starts this one again.
 * @example
 * ```ts
 * await runWebAuthn(node, trigger, options, running, () => void runWebAuthn(node, trigger, options, running, retry));
 * ```
 */
export async function runWebAuthn(
  node: InputNode,
  trigger: WebAuthnTrigger,
  options: WebAuthnRunnerOptions,
  running: { current: AbortController | null },
  retry: () => void,
): Promise<void> {
  const { formRef, specs, enhanced, submitWithResult, report, env } = options;
  const form = formRef.current;
  const parsed = webAuthnRequestOf(trigger, node.attributes.value);
  if (!form || !parsed.ok) {
    report({ key: 'ui.error.webauthn_invalid_trigger' });
    return;
  }
  // The fields this submit needs (e.g. the traits at registration, whatever group the server put
  // them in) are checked before the ceremony, not after it.
  if (!validateGroup(form, specs, node.group, (name) => name.startsWith('traits.'))) return;
  report(undefined);
  running.current?.abort();
  const controller = new AbortController();
  running.current = controller;
  const result = await runCeremony(parsed.request, { ...env, signal: controller.signal });
  if (running.current === controller) running.current = null;
  if (!result.ok) {
    if (result.failure === 'aborted') {
      if (controller.signal.reason === CANCELLED_BY_PERSON) report({ key: WEBAUTHN_FAILURE_KEYS.cancelled, retry });
      return;
    }
    console.warn('[orykit] WebAuthn ceremony failed:', result.failure, result.error);
    report({ key: WEBAUTHN_FAILURE_KEYS[result.failure], retry: result.failure === 'unsupported' ? undefined : retry });
    return;
  }
  const { resultName } = parsed.request;
  const inForm = setFormValue(form, resultName, result.value);
  if (enhanced) {
    submitWithResult(form, { [resultName]: result.value }, node.key);
  } else {
    // A native post: the result must be a field of this form (Kratos always sends the hidden node).
    if (!inForm) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = resultName;
      input.value = result.value;
      form.appendChild(input);
    }
    HTMLFormElement.prototype.submit.call(form);
  }
}
