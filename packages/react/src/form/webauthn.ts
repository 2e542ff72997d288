import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { InputNode } from '../model.ts';
import { callWebAuthn, type WebAuthnTrigger } from '../nodes/webauthn.ts';
import type { CeremonyEnv, WebAuthnFailure } from '../nodes/webauthn/ceremony.ts';
import type { FieldSpec } from './body.ts';
import { loadDeferred } from '../load-deferred.ts';

// A WebAuthn trigger, run in the form the button is in (webauthn-run.ts, in ../deferred.ts). Failures
// become a translated problem with a retry in the flow's problem area. The ceremony's code is loaded with
// `import()` once a form has a security-key button (before the click, so the browser still sees the
// person's click): the buttons and hidden fields render without it, on the server too.

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
  /** Whether the form has a WebAuthn button: its code is fetched ahead of the click. */
  wanted: boolean;
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
export const CANCELLED_BY_PERSON = 'orykit: cancelled by the person';

/**
 * What a WebAuthn button of one form calls. The running ceremony is aborted when the form unmounts or
 * another one starts; `cancel` aborts it for the person (a browser may otherwise wait for an
 * authenticator until the options' timeout, e.g. when the key was pulled out).
 * @example
 * ```ts
 * const webAuthn = useWebAuthnRunner({ formRef, specs, enhanced, submitWithResult, report, mode: 'kit', wanted: true });
 * await webAuthn.run(node, trigger);
 * ```
 */
export function useWebAuthnRunner(options: WebAuthnRunnerOptions): WebAuthnRunner {
  const latest = useRef(options);
  latest.current = options;
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  useEffect(() => {
    if (options.wanted && options.mode === 'kit') loadDeferred().catch(() => {}); // a failure is told on the click
  }, [options.wanted, options.mode]);

  const run = useCallback(async function run(node: InputNode, trigger: WebAuthnTrigger): Promise<void> {
    const retry = () => void run(node, trigger);
    const { report, mode } = latest.current;
    if (mode === 'kratos') {
      // Kratos' script runs the ceremony: call its function within the click.
      const called = callWebAuthn(trigger);
      if (called === 'unsupported') report({ key: WEBAUTHN_FAILURE_KEYS.unsupported });
      else if (called === 'unavailable') report({ key: 'ui.error.webauthn_script_missing', retry });
      else report(undefined);
      return;
    }
    let code: Awaited<ReturnType<typeof loadDeferred>>;
    try {
      code = await loadDeferred();
    } catch {
      report({ key: 'ui.error.webauthn_script_missing', retry });
      return;
    }
    await code.runWebAuthn(node, trigger, latest.current, running, retry);
  }, []);
  return useMemo(() => ({ run, cancel: () => running.current?.abort(CANCELLED_BY_PERSON) }), [run]);
}
