import {
  Fragment,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { formActionUrl, type UiContainer } from '@orykit/client';
import { useUrlPolicy } from '@orykit/react-query';
import type { TranslatedMessage } from '../components.tsx';
import { useComponents, useTranslate } from '../context.tsx';
import {
  isEditable,
  isInput,
  isSubmit,
  messageKind,
  normalizeUi,
  type InputNode,
  type NormalizedNode,
} from '../model.ts';
import { Node } from '../nodes/Node.tsx';
import { buttonVariant, humanizeName, isOidcButton, isResendButton } from '../nodes/helpers.ts';
import { callWebAuthn } from '../nodes/webauthn.ts';
import type { FlowKind, FlowProblem, FlowStatus, NodeOrder, SubmitHandler } from '../types.ts';
import { cx, idPart } from '../util/cx.ts';
import { buildBody, fieldSpecs, type FieldSpec } from './body.ts';
import { FlowErrorBoundary, MalformedFlowAlert } from './FlowErrorBoundary.tsx';
import { chunkByGroup, DEFAULT_GROUP_ORDER, hasAction, hasVisible, orderNodes } from './order.ts';
import { FormScopeContext, serverChecked, serverValue, type FormScope } from './scope.tsx';

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
}

interface FormDef {
  key: string;
  group: string | undefined;
  nodes: NormalizedNode[];
}

interface Dirty {
  value: string | boolean;
  password: boolean;
}

/**
 * Renders any `ui` container as real forms: `<form action={ui.action} method={ui.method}>` posts
 * natively without JavaScript; with `onSubmit`, submits are intercepted and turned into a JSON body
 * (including the clicked button's name/value), double submits are blocked, typed values survive new
 * flows (passwords excepted) and focus moves to the first invalid field.
 *
 * @example
 * ```tsx
 * <Flow ui={flow.ui} kind="login" onSubmit={(body) => submitLogin(flow.id, body)} />
 * ```
 */
export function Flow(props: FlowProps) {
  return (
    <FlowErrorBoundary resetKey={props.ui}>
      <FlowBody {...props} />
    </FlowErrorBoundary>
  );
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
  } = props;
  const groupTitles = props.groupTitles ?? layout === 'grouped';
  const tr = useTranslate();
  const C = useComponents();
  const baseId = `ory-${idPart(useId())}`;
  const rootRef = useRef<HTMLDivElement>(null);

  const { ui, problem } = useMemo(() => normalizeUi(rawUi), [rawUi]);
  // Native posts go only to Kratos (or the app): a foreign action would receive the password.
  const action = formActionUrl(ui.action, useUrlPolicy());
  const refusedAction = ui.action !== '' && action === undefined ? ui.action : undefined;
  useEffect(() => {
    if (refusedAction !== undefined) {
      console.error(`[orykit] refused the form action ${JSON.stringify(refusedAction)}: not on Kratos' origin. The form is not posted there natively.`);
    }
  }, [refusedAction]);

  // ── values the user typed, kept across new flows (passwords are cleared after a submit) ──────────
  const [dirty, setDirty] = useState<Record<string, Dirty>>({});
  const submittedRef = useRef(false);
  const [seenUi, setSeenUi] = useState(rawUi);
  // Object.is: with `!==`, a `ui` of NaN would never equal itself and re-render forever.
  if (!Object.is(seenUi, rawUi)) {
    setSeenUi(rawUi);
    if (submittedRef.current) {
      setDirty((d) => {
        const next: Record<string, Dirty> = {};
        for (const [k, v] of Object.entries(d)) if (!v.password) next[k] = v;
        return next;
      });
    }
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

  const setValue = useCallback((formKey: string, node: InputNode, value: string | boolean) => {
    setDirty((d) => ({ ...d, [`${formKey}|${node.attributes.name}`]: { value, password: node.attributes.type === 'password' } }));
  }, []);

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
    if (wasSubmitted && ui.messages.some((m) => messageKind(m) === 'error')) {
      root.querySelector<HTMLElement>('.ory-messages')?.focus();
    }
  }, [ui]);

  const submit = useCallback(
    (formDef: FormDef, specs: Map<string, FieldSpec>, form: HTMLFormElement, submitter: HTMLElement | null): void => {
      if (!onSubmit) return;
      if (inFlight.current || status === 'submitting' || status === 'done') return;

      const subNode = submitter ? nodeOfSubmitter(formDef.nodes, submitter) : undefined;
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
      const body = buildBody(data.entries(), specs, {
        submitterGroup: submitter ? submitterGroup : undefined,
        submitterName,
      });

      inFlight.current = true;
      submittedRef.current = true;
      setSubmitError(undefined);
      setBusyKey(subNode?.key ?? `form:${formDef.key}`);
      Promise.resolve()
        .then(() => onSubmit(body))
        .catch((err: unknown) => {
          setSubmitError({ kind: 'error', message: err instanceof Error ? err.message : String(err), retryable: false });
        })
        .finally(() => {
          inFlight.current = false;
          setBusyKey(undefined);
        });
    },
    [onSubmit, status],
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
      {submitError ? (
        <C.Alert problem={submitError} title={tr.t('ui.error.server')} retryLabel={tr.t('ui.retry')} />
      ) : null}
      {refusedAction !== undefined ? (
        <C.Alert problem={{ kind: 'error', message: '', retryable: false }} title={tr.t('ui.error.form_action_refused')} retryLabel={tr.t('ui.retry')} />
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
          dirty={dirty}
          setValue={setValue}
          busyKey={busyKey}
          blocked={blocked}
          submit={submit}
          enhanced={Boolean(onSubmit)}
          intercept={Boolean(onSubmit) && interceptProgrammaticSubmit}
          groupTitles={groupTitles}
          headingLevel={headingLevel}
        />
      ))}
    </div>
  );
}

function nodeOfSubmitter(nodes: readonly NormalizedNode[], el: HTMLElement): InputNode | undefined {
  const name = el.getAttribute('name') ?? '';
  const value = el.getAttribute('value') ?? '';
  const group = el.getAttribute('data-ory-group');
  let fallback: InputNode | undefined;
  for (const n of nodes) {
    if (!isInput(n) || (n.attributes.type !== 'submit' && n.attributes.type !== 'button')) continue;
    if (n.attributes.name !== name || serverValue(n) !== value) continue;
    if (group === null || n.group === group) return n;
    fallback ??= n;
  }
  return fallback;
}

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function groupOfControl(el: FormControl, specs: Map<string, FieldSpec>): string | undefined {
  const g = el.getAttribute('data-ory-group');
  if (g) return g;
  const s = specs.get(el.name);
  return s ? [...s.groups][0] : undefined;
}

/** Checks the fields of `default` and `group` (all fields without a group); reports and focuses the first invalid one. */
function validateGroup(form: HTMLFormElement, specs: Map<string, FieldSpec>, group: string | undefined): boolean {
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button' || el.disabled) continue;
    const g = groupOfControl(el, specs);
    if (group !== undefined && g !== undefined && g !== 'default' && g !== group) continue;
    if (typeof el.checkValidity === 'function' && !el.checkValidity()) {
      if (typeof el.reportValidity === 'function') el.reportValidity();
      el.focus();
      return false;
    }
  }
  return true;
}

interface FlowFormProps {
  def: FormDef;
  /** `ui.action` if the URL policy allows it. */
  action: string | undefined;
  actionRefused: boolean;
  /** `ui.action` as sent. */
  flowAction: string;
  method: string;
  scopeId: string;
  kind: FlowKind;
  dirty: Record<string, Dirty>;
  setValue: (formKey: string, node: InputNode, value: string | boolean) => void;
  busyKey: string | undefined;
  blocked: boolean;
  submit: (def: FormDef, specs: Map<string, FieldSpec>, form: HTMLFormElement, submitter: HTMLElement | null) => void;
  enhanced: boolean;
  intercept: boolean;
  groupTitles: boolean;
  headingLevel: 2 | 3;
}

function FlowForm(p: FlowFormProps) {
  const { def, scopeId, dirty, setValue, submit } = p;
  const C = useComponents();
  const tr = useTranslate();
  const formRef = useRef<HTMLFormElement>(null);
  const specs = useMemo(() => fieldSpecs(def.nodes), [def.nodes]);

  // Groups (other than default) that have required fields: a submit of another group skips the
  // browser's validation (it would block on fields that submit does not send).
  const requiredGroups = useMemo(() => {
    const s = new Set<string>();
    for (const n of def.nodes) if (isEditable(n) && n.attributes.required && n.group !== 'default') s.add(n.group);
    return s;
  }, [def.nodes]);

  const primaryKey = useMemo(() => {
    for (const n of def.nodes) {
      if (!isInput(n) || (n.attributes.type !== 'submit' && n.attributes.type !== 'button')) continue;
      if (isOidcButton(n) || buttonVariant(n) !== 'primary') continue;
      return n.key;
    }
    return undefined;
  }, [def.nodes]);

  const scope: FormScope = {
    scopeId,
    action: p.flowAction,
    kind: p.kind,
    getValue: (n) => {
      const d = dirty[`${def.key}|${n.attributes.name}`];
      return d && typeof d.value === 'string' ? d.value : serverValue(n);
    },
    getChecked: (n) => {
      const d = dirty[`${def.key}|${n.attributes.name}`];
      return d && typeof d.value === 'boolean' ? d.value : serverChecked(n);
    },
    setValue: (n, v) => setValue(def.key, n, v),
    busy: p.blocked,
    busyKey: p.busyKey,
    noValidate: (n) => {
      if (isResendButton(n)) return true;
      for (const g of requiredGroups) if (g !== n.group) return true;
      return false;
    },
    isPrimary: (n) => primaryKey === undefined || n.key === primaryKey,
    runWebAuthn: (_n, trigger) => callWebAuthn(trigger),
  };

  // With JavaScript, validation is ours (per group, see `submit`); without it, the browser's, with
  // `formnovalidate` on submits whose group differs from a required field's.
  useEffect(() => {
    const form = formRef.current;
    if (!form || !p.enhanced) return;
    form.noValidate = true;
    return () => {
      form.noValidate = false;
    };
  }, [p.enhanced]);

  // Route programmatic `form.submit()` (Kratos' webauthn.js) through onSubmit.
  const submitRef = useRef<(form: HTMLFormElement) => void>(() => {});
  submitRef.current = (form) => submit(def, specs, form, null);
  useEffect(() => {
    const form = formRef.current;
    if (!form || !p.intercept) return;
    const own = Object.getOwnPropertyDescriptor(form, 'submit');
    Object.defineProperty(form, 'submit', {
      configurable: true,
      writable: true,
      value: () => submitRef.current(form),
    });
    return () => {
      if (own) Object.defineProperty(form, 'submit', own);
      else delete (form as unknown as Record<string, unknown>)['submit'];
    };
  }, [p.intercept]);

  const onFormSubmit = (e: FormEvent<HTMLFormElement>) => {
    if (!p.enhanced) {
      if (p.actionRefused) e.preventDefault(); // never a native post to a refused action
      return; // native post
    }
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter ?? null;
    submit(def, specs, e.currentTarget, submitter instanceof HTMLElement ? submitter : null);
  };

  // Enter in a field submits that field's method, not whatever submit button comes first.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.defaultPrevented) return;
    const target = e.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (['submit', 'button', 'checkbox', 'radio', 'file', 'reset', 'image'].includes(target.type)) return;
    const form = e.currentTarget;
    const group = groupOfControl(target, specs);
    const wanted = preferredSubmit(def.nodes, group, primaryKey);
    if (!wanted) return;
    const buttons = Array.from(form.elements).filter(
      (el): el is HTMLButtonElement | HTMLInputElement =>
        (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.type === 'submit' && !el.disabled,
    );
    const target2 = buttons.find(
      (b) => b.name === wanted.attributes.name && b.value === serverValue(wanted) && (b.getAttribute('data-ory-group') ?? wanted.group) === wanted.group,
    );
    if (!target2 || target2 === buttons[0]) return; // the browser's default button is already right
    e.preventDefault();
    if (typeof form.requestSubmit === 'function') form.requestSubmit(target2);
    else target2.click();
  };

  // "or" between methods: before a method with fields, and once before a run of button-only methods
  // (security key, social sign-in), not between each of them.
  const chunks = chunkByGroup(def.nodes);
  let seenAction = false;
  let prevButtonsOnly = false;
  const body: ReactNode[] = [];
  chunks.forEach((chunk, i) => {
    const action = hasAction(chunk.nodes);
    const buttonsOnly = action && !chunk.nodes.some(isEditable);
    if (!p.groupTitles && action && seenAction && hasVisible(chunk.nodes) && !(buttonsOnly && prevButtonsOnly)) {
      body.push(<C.Divider key={`divider-${i}`} label={tr.t('ui.or')} />);
    }
    if (action) {
      seenAction = true;
      prevButtonsOnly = buttonsOnly;
    }
    const nodes = chunk.nodes.map((n) => <Node key={n.key} node={n} />);
    if (!hasVisible(chunk.nodes)) {
      body.push(<Fragment key={`chunk-${i}-${chunk.group}`}>{nodes}</Fragment>);
      return;
    }
    const title = p.groupTitles && chunk.group !== 'default' ? groupTitle(tr, chunk.group) : undefined;
    const description = title ? tr.tMaybe(`ui.group.${chunk.group}.description`) : undefined;
    body.push(
      <C.Section key={`chunk-${i}-${chunk.group}`} group={chunk.group} title={title} description={description} titleId={`${scopeId}-${idPart(chunk.group)}-title`} headingLevel={p.headingLevel}>
        {nodes}
      </C.Section>,
    );
  });

  return (
    <FormScopeContext.Provider value={scope}>
      <C.Form
        action={p.action}
        method={p.method}
        formRef={formRef}
        onSubmit={onFormSubmit}
        onKeyDown={onKeyDown}
        busy={p.blocked}
        group={def.group}
      >
        {body}
      </C.Form>
    </FormScopeContext.Provider>
  );
}

function preferredSubmit(nodes: readonly NormalizedNode[], group: string | undefined, primaryKey: string | undefined): InputNode | undefined {
  const submits = nodes.filter((n): n is InputNode => isSubmit(n) && !isResendButton(n) && !isOidcButton(n));
  if (group && group !== 'default') {
    const own = submits.find((n) => n.group === group && buttonVariant(n) === 'primary') ?? submits.find((n) => n.group === group);
    if (own) return own;
  }
  return submits.find((n) => n.key === primaryKey) ?? submits[0];
}

function groupTitle(tr: ReturnType<typeof useTranslate>, group: string): string {
  return tr.tMaybe(`ui.group.${group}`) ?? humanizeName(group);
}
