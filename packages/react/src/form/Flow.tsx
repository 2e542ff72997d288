import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { formActionUrl, type UiContainer } from '@orykit/client';
import { problemOf, refusedAddress, useUrlPolicy } from '@orykit/react-query';
import type { TranslatedMessage } from '../components.tsx';
import { useComponents, useTranslate } from '../context.tsx';
import { isEditable, isSubmit, messageKind, normalizeUi, type NormalizedUi } from '../model.ts';
import { isOidcButton, isResendButton } from '../nodes/helpers.ts';
import type { FlowKind, FlowProblem, FlowStatus, NodeOrder, SubmitHandler } from '../types.ts';
import { cx, idPart } from '../util/cx.ts';
import { buildBody } from './body.ts';
import { nodeOfSubmitter, validateGroup } from './controls.ts';
import { ProblemAlert } from '../flows/problem.tsx';
import { FlowErrorBoundary, MalformedFlowAlert } from './FlowErrorBoundary.tsx';
import { FlowForm, type FormDef, type SubmitForm } from './FlowForm.tsx';
import type { ClientProblem, WebAuthnScriptMode } from './webauthn.ts';
import { DEFAULT_GROUP_ORDER, hasVisible, orderNodes } from './order.ts';
import { createFieldValues } from './values.ts';

export interface FlowProps {
  /** The flow's `ui` container. Anything malformed renders an explanation, never an exception. */
  ui: UiContainer | null | undefined;
  /**
   * Called with the JSON body when a form is submitted. Without it the forms post natively to
   * `ui.action` (and still work with JavaScript off).
   */
  onSubmit?: SubmitHandler | undefined;
  /** The flow kind (autocomplete defaults: `current-password` in login, `new-password` elsewhere). */
  kind?: FlowKind | undefined;
  /**
   * `single`: one `<form>` for every method (login, registration, recovery, verification: Kratos'
   * webauthn.js submits the trigger's form, which must hold the traits too). `grouped`: one form per
   * group, each with the hidden default fields (settings).
   */
  layout?: 'single' | 'grouped' | undefined;
  /** `submitting`/`done` block the buttons (double submits are also blocked without it). */
  status?: FlowStatus | undefined;
  /** Group order (default: default, profile, password, code, link, totp, lookup_secret, webauthn, oidc). */
  groupOrder?: readonly string[] | undefined;
  /** Groups not to render. */
  hiddenGroups?: readonly string[] | undefined;
  /** Only these groups (plus `default`'s hidden fields) are rendered. */
  onlyGroups?: readonly string[] | undefined;
  /** Node order inside a group: names listed first, or a compare function. */
  nodeOrder?: NodeOrder | undefined;
  /** Render `ui.messages` above the forms (default true). */
  showMessages?: boolean | undefined;
  /** Title each group (default: true in the grouped layout). */
  groupTitles?: boolean | undefined;
  /** Heading level of group titles (default 2). */
  headingLevel?: 2 | 3 | undefined;
  className?: string | undefined;
  /**
   * Route `form.submit()` calls (Kratos' webauthn.js ends with one) through `onSubmit` too, so the
   * flow re-renders in place (default true when `onSubmit` is set).
   */
  interceptProgrammaticSubmit?: boolean | undefined;
  /**
   * Ask "Remove the authenticator app?" (and the like) before a destructive settings submit (default
   * true).
   */
  confirmDestructive?: boolean | undefined;
  /** Focus the first field when a flow is first shown (default: true, except in settings). */
  autoFocus?: boolean | undefined;
  /**
   * Submit the form holding this field once, when it is first shown with a value (a verification link's
   * `code`): the person does not have to press a button the link already pressed for them.
   */
  autoSubmitField?: string | undefined;
  /**
   * Who runs WebAuthn (security keys, passkeys): `kit` (default) runs the ceremony itself, so no
   * script from Kratos is loaded and the app's CSP needs no Kratos origin; `kratos` loads Kratos'
   * `webauthn.js` from the flow's script node and calls it (for servers whose format the kit cannot read).
   */
  webauthnScript?: WebAuthnScriptMode | undefined;
}

/**
 * The forms of a `ui` container with the English `enCore` carries (login, labels, validation, the kit's
 * own strings): what the flow components render inside their card, each under its own English part. Apps
 * render `Flow` (form/StandaloneFlow.tsx), which brings every flow's English and a settings flow's parts.
 */
export function FlowCore(props: FlowProps) {
  return (
    <FlowErrorBoundary resetKey={props.ui}>
      <FlowBody {...props} />
    </FlowErrorBoundary>
  );
}

/** The first field a person types into. */
const FIRST_FIELD = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="checkbox"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** Whether a `ui` says something went wrong (a flow or field error): then what was typed stays. */
/** Kratos said the submit was saved (settings' 1050001): a flow-level success and no error anywhere. */
function wasSaved(ui: NormalizedUi): boolean {
  const is = (kind: string) => (m: Parameters<typeof messageKind>[0]) => messageKind(m) === kind;
  return ui.messages.some(is('success')) && !ui.messages.some(is('error')) && !ui.nodes.some((n) => n.messages.some(is('error')));
}

function FlowBody(props: FlowProps) {
  const {
    ui: rawUi,
    onSubmit,
    kind = 'unknown',
    layout = 'single',
    status,
    groupOrder = DEFAULT_GROUP_ORDER,
    hiddenGroups,
    onlyGroups,
    nodeOrder,
    showMessages = true,
    headingLevel = 2,
    className,
    interceptProgrammaticSubmit = true,
    confirmDestructive = true,
    autoFocus = kind !== 'settings',
    autoSubmitField,
    webauthnScript = 'kit',
  } = props;
  const groupTitles = props.groupTitles ?? layout === 'grouped';
  const tr = useTranslate();
  const C = useComponents();
  const baseId = `ory-${idPart(useId())}`;
  const rootRef = useRef<HTMLDivElement>(null);

  const { ui, problem } = useMemo(() => normalizeUi(rawUi), [rawUi]);
  // Native posts go only to Kratos (or the app): a foreign action would receive the password.
  const policy = useUrlPolicy();
  const action = useMemo(() => formActionUrl(ui.action, policy), [ui.action, policy]);
  const refusedAction = ui.action !== '' && action === undefined ? ui.action : undefined;
  // ProblemAlert logs it to the console once.
  const actionProblem = useMemo(() => (refusedAction === undefined ? undefined : refusedAddress('form_action', refusedAction)), [refusedAction]);

  // ── values the user typed, kept across new flows (passwords are cleared after a submit) ──────────
  // A store outside React state: typing re-renders the one field typed into (see values.ts).
  const [values] = useState(createFieldValues);
  const submittedRef = useRef(false);
  // The form (`FormDef.key`) of the last submit.
  const submittedForm = useRef<string | undefined>(undefined);
  // Found in the browser before any request (a cancelled security key): a sentence and a retry.
  const [clientProblem, setClientProblem] = useState<ClientProblem | undefined>(undefined);
  const [seenUi, setSeenUi] = useState(rawUi);
  // Object.is: with `!==`, a `ui` of NaN would never equal itself and re-render forever.
  if (!Object.is(seenUi, rawUi)) {
    setSeenUi(rawUi);
    // Every field renders again with the new flow's nodes, so dropping without notifying is enough.
    if (submittedRef.current) {
      values.dropPasswords();
      // Saved: the form shows the server's values again (a security key's name field is empty for the next key).
      // Not for a fresh flow after an expired flow or a CSRF failure: what was typed must survive those.
      if (submittedForm.current && wasSaved(ui)) values.dropPrefix(`${submittedForm.current}|`);
    }
    setClientProblem(undefined);
  }

  // ── submit state ───────────────────────────────────────────────────────────────────────────────
  const inFlight = useRef(false);
  const [busyKey, setBusyKey] = useState<string | undefined>(undefined);
  const [submitError, setSubmitError] = useState<FlowProblem | undefined>(undefined);
  const blocked = busyKey !== undefined || status === 'submitting' || status === 'done';

  // ── forms ──────────────────────────────────────────────────────────────────────────────────────
  const forms = useMemo<FormDef[]>(() => {
    const hidden = new Set(hiddenGroups ?? []);
    const only = onlyGroups ? new Set(onlyGroups) : undefined;
    const nodes = orderNodes(ui.nodes, groupOrder, nodeOrder).filter(
      (n) => !hidden.has(n.group) && (!only || only.has(n.group) || (n.group === 'default' && !isEditable(n) && !isSubmit(n))),
    );
    if (layout === 'single') return [{ key: 'all', group: undefined, nodes }];
    const defaults = nodes.filter((n) => n.group === 'default');
    const hiddenDefaults = defaults.filter((n) => !hasVisible([n]));
    const out: FormDef[] = [];
    if (hasVisible(defaults)) out.push({ key: 'default', group: 'default', nodes: defaults });
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.group === 'default' || seen.has(n.group)) continue;
      seen.add(n.group);
      out.push({ key: n.group, group: n.group, nodes: [...hiddenDefaults, ...nodes.filter((m) => m.group === n.group)] });
    }
    return out;
  }, [ui.nodes, groupOrder, nodeOrder, hiddenGroups, onlyGroups, layout]);

  // ── focus: first invalid field after a new flow arrives; else the flow messages after a submit ──
  const firstRender = useRef(true);
  useEffect(() => {
    const wasSubmitted = submittedRef.current;
    const initial = firstRender.current;
    firstRender.current = false;
    submittedRef.current = false;
    const root = rootRef.current;
    if (!root || (!wasSubmitted && !initial)) return;
    const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
      return;
    }
    if (initial && autoFocus) {
      root.querySelector<HTMLElement>(FIRST_FIELD)?.focus({ preventScroll: true });
      return;
    }
    if (wasSubmitted && ui.messages.some((m) => messageKind(m) === 'error')) {
      root.querySelector<HTMLElement>('.ory-messages')?.focus();
    }
    // Runs per new flow: `autoFocus` only matters for the first one, and a change of it is no new flow.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ui]);

  // Once per mounted flow: a refused code shows its error and waits for the person.
  const autoSubmitted = useRef(false);
  useEffect(() => {
    if (!autoSubmitField || autoSubmitted.current || !onSubmit) return;
    const field = Array.from(rootRef.current?.querySelectorAll<HTMLInputElement>('input') ?? []).find((el) => el.name === autoSubmitField && el.value !== '');
    const form = field?.form;
    if (!form || typeof form.requestSubmit !== 'function') return;
    autoSubmitted.current = true;
    // As if the person pressed the method's button (`method=code`), not "Resend code".
    const button = Array.from(form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')).find((b) => b.name === 'method');
    form.requestSubmit(button ?? null);
  });

  // Stable, reading the latest props: the memoized forms do not render again for a new `onSubmit`.
  const latest = useRef({ onSubmit, status });
  latest.current = { onSubmit, status };
  const submit = useCallback<SubmitForm>(
    (formDef, specs, form, submitter, extra) => {
      const { onSubmit, status } = latest.current;
      if (!onSubmit) return;
      if (inFlight.current || status === 'submitting' || status === 'done') return;

      const subNode = submitter ? nodeOfSubmitter(formDef.nodes, submitter) : undefined;
      const busy = subNode?.key ?? extra?.busyKey ?? `form:${formDef.key}`;
      const submitterGroup = submitter?.getAttribute('data-ory-group') ?? subNode?.group;
      const submitterName = submitter?.getAttribute('name') ?? undefined;

      // Enhanced forms are `noValidate`: check the fields this submit sends (its group and default),
      // as the browser would. "Resend code", social sign-in and script submits need no fields.
      const skipValidation = !submitter || (subNode !== undefined && (isResendButton(subNode) || isOidcButton(subNode)));
      if (!skipValidation && !validateGroup(form, specs, submitterGroup)) return;

      let data: FormData;
      try {
        data = submitter ? new FormData(form, submitter) : new FormData(form);
      } catch {
        data = new FormData(form);
        if (submitterName) data.append(submitterName, submitter?.getAttribute('value') ?? '');
      }
      for (const [name, value] of Object.entries(extra?.entries ?? {})) data.set(name, value);
      const body = buildBody(data.entries(), specs, {
        submitterGroup: submitter ? submitterGroup : undefined,
        submitterName,
      });

      inFlight.current = true;
      submittedRef.current = true;
      submittedForm.current = formDef.key;
      setSubmitError(undefined);
      setClientProblem(undefined);
      setBusyKey(busy);
      Promise.resolve()
        .then(() => onSubmit(body))
        .catch((err: unknown) => {
          setSubmitError(problemOf(err));
        })
        .finally(() => {
          inFlight.current = false;
          setBusyKey(undefined);
        });
    },
    [],
  );

  const flowMessages: TranslatedMessage[] = ui.messages.map((m, i) => ({
    id: `${baseId}-fm${i}`,
    text: tr.text(m),
    kind: messageKind(m),
    uiText: m,
  }));

  if (problem) {
    return (
      <div className={cx('ory-flow', `ory-flow--${kind}`, className)} ref={rootRef}>
        <MalformedFlowAlert />
        {showMessages && flowMessages.length ? <C.Messages messages={flowMessages} scope="flow" id={`${baseId}-messages`} /> : null}
      </div>
    );
  }

  return (
    <div className={cx('ory-flow', `ory-flow--${kind}`, `ory-flow--${layout}`, className)} ref={rootRef}>
      {showMessages ? <C.Messages messages={flowMessages} scope="flow" id={`${baseId}-messages`} /> : null}
      <ProblemAlert problem={submitError} />
      <ProblemAlert problem={actionProblem} />
      {clientProblem ? (
        <C.Alert
          problem={{ kind: 'error', message: '', retryable: clientProblem.retry !== undefined }}
          title={tr.t(clientProblem.key)}
          onRetry={clientProblem.retry}
          retryLabel={tr.t('ui.retry')}
        />
      ) : null}
      {forms.map((f) => (
        <FlowForm
          key={f.key}
          def={f}
          action={action}
          actionRefused={refusedAction !== undefined}
          flowAction={ui.action}
          method={ui.method}
          scopeId={`${baseId}-${idPart(f.key)}`}
          kind={kind}
          values={values}
          busyKey={busyKey}
          blocked={blocked}
          submit={submit}
          enhanced={Boolean(onSubmit)}
          intercept={Boolean(onSubmit) && interceptProgrammaticSubmit}
          groupTitles={groupTitles}
          headingLevel={headingLevel}
          confirm={confirmDestructive}
          report={setClientProblem}
          webauthnScript={webauthnScript}
        />
      ))}
    </div>
  );
}
