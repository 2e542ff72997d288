import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { InputNode } from '../model.ts';
import { callWebAuthn, type WebAuthnTrigger } from '../nodes/webauthn.ts';
import { runCeremony, type CeremonyEnv, type WebAuthnFailure } from '../nodes/webauthn/ceremony.ts';
import { webAuthnRequestOf } from '../nodes/webauthn/options.ts';
import type { FieldSpec } from './body.ts';
import { validateGroup } from './controls.ts';

// A WebAuthn trigger, run in the form the button is in: check that form's fields, run the ceremony,
// put the result into that form's hidden field and submit it through the flow's own submit path (so
// the double-submit guard, kept values and error mapping apply). Failures become a translated
// problem with a retry in the flow's problem area.

/**
 * Who runs the WebAuthn ceremony: `kit` (default) runs it here, with no server script and no
 * `alert()`; `kratos` loads Kratos' `webauthn.js` from the script node and calls its functions, for
 * servers whose format the kit cannot read.
 */
export type WebAuthnScriptMode = 'kit' | 'kratos';

/** The catalog key of the sentence for each failure a person should hear about. */
export const WEBAUTHN_FAILURE_KEYS: Record<Exclude<WebAuthnFailure, 'aborted'>, string> = {
  unsupported: 'ui.error.webauthn_unsupported',
  cancelled: 'ui.error.webauthn_cancelled',
  timed_out: 'ui.error.webauthn_timed_out',
  already_registered: 'ui.error.webauthn_already_registered',
  failed: 'ui.error.webauthn_failed',
};

/** A problem the browser side of a flow found (no request was made): a catalog key and a retry. */
export interface ClientProblem {
  key: string;
  retry?: (() => void) | undefined;
}

/** Submits a form with extra entries (e.g. the ceremony's result) as if `submitter` was clicked. */
export type SubmitWithResult = (form: HTMLFormElement, extra: Record<string, string>, busyKey: string) => void;

export interface WebAuthnRunnerOptions {
  formRef: RefObject<HTMLFormElement | null>;
  specs: Map<string, FieldSpec>;
  /** Whether the flow submits with fetch (`onSubmit`); otherwise the form is posted natively. */
  enhanced: boolean;
  submitWithResult: SubmitWithResult;
  report: (problem: ClientProblem | undefined) => void;
  mode: WebAuthnScriptMode;
  /** Test seam: the credentials API and clock. */
  env?: Omit<CeremonyEnv, 'signal'> | undefined;
}

/** The WebAuthn actions of one form: start a ceremony, or cancel the running one (the person's choice). */
export interface WebAuthnRunner {
  /** Runs the ceremony of `node`; resolves when it is over (submitted, failed or cancelled). */
  run(node: InputNode, trigger: WebAuthnTrigger): Promise<void>;
  /** Cancels the running ceremony at once: the flow says it was cancelled and offers a retry. */
  cancel(): void;
}

/** The abort reason of a cancel the person asked for (other aborts, e.g. an unmount, say nothing). */
const CANCELLED_BY_PERSON = 'orykit: cancelled by the person';

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
 * What a WebAuthn button of one form calls. The running ceremony is aborted when the form unmounts or
 * another one starts; `cancel` aborts it for the person (a browser may otherwise wait for an
 * authenticator until the options' timeout, e.g. when the key was pulled out).
 * @example
 * ```ts
 * const webAuthn = useWebAuthnRunner({ formRef, specs, enhanced, submitWithResult, report, mode: 'kit' });
 * await webAuthn.run(node, trigger);
 * ```
 */
export function useWebAuthnRunner(options: WebAuthnRunnerOptions): WebAuthnRunner {
  const latest = useRef(options);
  latest.current = options;
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(async function run(node: InputNode, trigger: WebAuthnTrigger): Promise<void> {
    const { formRef, specs, enhanced, submitWithResult, report, mode, env } = latest.current;
    const retry = () => void run(node, trigger);
    if (mode === 'kratos') {
      const called = callWebAuthn(trigger);
      if (called === 'unsupported') report({ key: WEBAUTHN_FAILURE_KEYS.unsupported });
      else if (called === 'unavailable') report({ key: 'ui.error.webauthn_script_missing', retry });
      else report(undefined);
      return;
    }
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
  }, []);
  return useMemo(() => ({ run, cancel: () => running.current?.abort(CANCELLED_BY_PERSON) }), [run]);
}
