import { Fragment, memo, useContext, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useComponents, useTranslate, type Translate } from '../context.tsx';
import { isEditable, isInput, type NormalizedNode } from '../model.ts';
import { Node } from '../nodes/Node.tsx';
import { buttonVariant, humanizeName, isOidcButton, isResendButton } from '../nodes/helpers.ts';
import { SettingsSuppliesContext, type SettingsSupplies } from '../nodes/settings-slots.tsx';
import { isWebAuthnTrigger } from '../nodes/webauthn.ts';
import { providerDisplayName } from '../nodes/providers.tsx';
import type { FlowKind } from '../types.ts';
import { idPart } from '../util/cx.ts';
import { fieldSpecs, type FieldSpec } from './body.ts';
import { confirmationKeys, type Confirmation } from './confirm.ts';
import { groupOfControl, preferredSubmit } from './controls.ts';
import { chunkByGroup, hasAction, hasVisible } from './order.ts';
import { fieldAccess, FormScopeContext, serverValue, type FormScope } from './scope.tsx';
import type { FieldValues } from './values.ts';
import { useWebAuthnRunner, type ClientProblem, type WebAuthnScriptMode } from './webauthn.ts';

/** One `<form>` of a flow: every node (`single` layout) or one group plus the hidden defaults. */
export interface FormDef {
  key: string;
  group: string | undefined;
  nodes: NormalizedNode[];
}

/** What a script-less submit adds: entries that win over the form's (a ceremony's result), and the busy node. */
export interface SubmitExtra {
  entries: Record<string, string>;
  busyKey: string;
}

export type SubmitForm = (def: FormDef, specs: Map<string, FieldSpec>, form: HTMLFormElement, submitter: HTMLElement | null, extra?: SubmitExtra) => void;

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
  /** What the user typed, for every form of the flow (keys: `formKey|name`). */
  values: FieldValues;
  busyKey: string | undefined;
  blocked: boolean;
  /** Stable across renders (the form is memoized and re-renders only when its props change). */
  submit: SubmitForm;
  enhanced: boolean;
  intercept: boolean;
  groupTitles: boolean;
  headingLevel: 2 | 3;
  /** Ask before destructive settings submits (default on; `<Flow confirmDestructive={false}>`). */
  confirm: boolean;
  /** Shows a problem found in the browser (a cancelled security key) in the flow's problem area. */
  report: (problem: ClientProblem | undefined) => void;
  webauthnScript: WebAuthnScriptMode;
}

/**
 * One form of a flow. Memoized, with a memoized scope and node list: neither a parent re-render nor
 * typing (each field subscribes to its own value) renders it again.
 */
export const FlowForm = memo(function FlowForm(p: FlowFormProps) {
  const { def, scopeId, values, submit, blocked, busyKey, flowAction, kind } = p;
  const C = useComponents();
  const tr = useTranslate();
  const settings = useContext(SettingsSuppliesContext);
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

  const hasWebAuthn = useMemo(() => def.nodes.some((n) => isInput(n) && isWebAuthnTrigger(n.attributes)), [def.nodes]);
  const webAuthn = useWebAuthnRunner({
    formRef,
    specs,
    enhanced: p.enhanced,
    submitWithResult: (form, entries, busyKey) => submit(def, specs, form, null, { entries, busyKey }),
    report: p.report,
    mode: p.webauthnScript,
    wanted: hasWebAuthn,
  });

  const scope = useMemo<FormScope>(
    () => ({
      scopeId,
      action: flowAction,
      kind,
      ...fieldAccess(values, (n) => `${def.key}|${n.attributes.name}`),
      busy: blocked,
      busyKey,
      noValidate: (n) => {
        if (isResendButton(n)) return true;
        for (const g of requiredGroups) if (g !== n.group) return true;
        return false;
      },
      isPrimary: (n) => primaryKey === undefined || n.key === primaryKey,
      runWebAuthn: webAuthn.run,
      cancelWebAuthn: webAuthn.cancel,
      webauthnScript: p.webauthnScript,
    }),
    [scopeId, flowAction, kind, values, def.key, blocked, busyKey, requiredGroups, primaryKey, webAuthn, p.webauthnScript],
  );

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

  // A destructive settings submit (remove the authenticator app …) waits for the person's yes.
  const [asking, setAsking] = useState<{ confirmation: Confirmation; form: HTMLFormElement; submitter: HTMLElement } | undefined>(undefined);

  const onFormSubmit = (e: FormEvent<HTMLFormElement>) => {
    if (!p.enhanced) {
      if (p.actionRefused) e.preventDefault(); // never a native post to a refused action
      return; // native post
    }
    e.preventDefault();
    const raw = (e.nativeEvent as SubmitEvent).submitter ?? null;
    const submitter = raw instanceof HTMLElement ? raw : null;
    const confirmation = kind === 'settings' && p.confirm ? settings?.confirmationOf(submitter?.getAttribute('name'), def.nodes) : undefined;
    if (confirmation && submitter) {
      if (!blocked) setAsking({ confirmation, form: e.currentTarget, submitter });
      return;
    }
    submit(def, specs, e.currentTarget, submitter);
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

  // The same elements on every render, so React skips the nodes when only busy state changes them
  // through the scope (and skips them entirely otherwise).
  const body = useMemo(
    () => renderBody(def.nodes, { C, tr, settings, groupTitles: p.groupTitles, headingLevel: p.headingLevel, scopeId }),
    [def.nodes, C, tr, settings, p.groupTitles, p.headingLevel, scopeId],
  );

  const question = asking ? confirmationKeys(asking.confirmation) : undefined;
  const provider = { provider: providerDisplayName(asking?.submitter.getAttribute('value') ?? '') };
  return (
    <FormScopeContext.Provider value={scope}>
      <C.Form action={p.action} method={p.method} formRef={formRef} onSubmit={onFormSubmit} onKeyDown={onKeyDown} busy={blocked} group={def.group}>
        {body}
      </C.Form>
      {asking && question ? (
        <C.ConfirmDialog
          title={tr.t(question.title, provider)}
          body={tr.t(question.body, provider)}
          confirmLabel={tr.t(question.confirm, provider)}
          cancelLabel={tr.t('ui.cancel')}
          onCancel={() => setAsking(undefined)}
          onConfirm={() => {
            setAsking(undefined);
            submit(def, specs, asking.form, asking.submitter);
          }}
        />
      ) : null}
    </FormScopeContext.Provider>
  );
});

interface BodyOptions {
  C: ReturnType<typeof useComponents>;
  tr: Translate;
  /** What a settings flow supplies (`SettingsParts`): the sections' On/Off state. */
  settings: SettingsSupplies | null;
  groupTitles: boolean;
  headingLevel: 2 | 3;
  scopeId: string;
}

/**
 * The nodes in sections by group, with "or" between methods: before a method with fields, and once
 * before a run of button-only methods (security key, social sign-in), not between each of them.
 */
function renderBody(nodes: readonly NormalizedNode[], { C, tr, settings, groupTitles, headingLevel, scopeId }: BodyOptions): ReactNode[] {
  let seenAction = false;
  let prevButtonsOnly = false;
  const body: ReactNode[] = [];
  chunkByGroup(nodes).forEach((chunk, i) => {
    const action = hasAction(chunk.nodes);
    const buttonsOnly = action && !chunk.nodes.some(isEditable);
    if (!groupTitles && action && seenAction && hasVisible(chunk.nodes) && !(buttonsOnly && prevButtonsOnly)) {
      body.push(<C.Divider key={`divider-${i}`} label={tr.t('ui.or')} />);
    }
    if (action) {
      seenAction = true;
      prevButtonsOnly = buttonsOnly;
    }
    const els = chunk.nodes.map((n) => <Node key={n.key} node={n} />);
    if (!hasVisible(chunk.nodes)) {
      body.push(<Fragment key={`chunk-${i}-${chunk.group}`}>{els}</Fragment>);
      return;
    }
    const title = groupTitles && chunk.group !== 'default' ? groupTitle(tr, chunk.group) : undefined;
    const description = title ? tr.tMaybe(`ui.group.${chunk.group}.description`) : undefined;
    const state = title ? settings?.methodState(chunk.group, chunk.nodes) : undefined;
    const stateLabel = state ? tr.t(state.since ? 'ui.method.on_since' : state.on ? 'ui.method.on' : 'ui.method.off', { time: state.since }) : undefined;
    body.push(
      <C.Section
        key={`chunk-${i}-${chunk.group}`}
        group={chunk.group}
        title={title}
        description={description}
        state={state && stateLabel ? { on: state.on, label: stateLabel } : undefined}
        titleId={`${scopeId}-${idPart(chunk.group)}-title`}
        headingLevel={headingLevel}
      >
        {els}
      </C.Section>,
    );
  });
  return body;
}

function groupTitle(tr: Translate, group: string): string {
  return tr.tMaybe(`ui.group.${group}`) ?? humanizeName(group);
}
