import type { UiNode, UiText } from '@orykit/client';
import type { FlowProblem } from '@orykit/react-query';

/** Where a flow is in its life: the same values `@orykit/react-query`'s flow hooks report. */
export type FlowStatus = 'loading' | 'ready' | 'submitting' | 'done';

/** A problem shown above a flow (the flow and everything typed are kept): the one `@orykit/react-query`'s flow hooks report. */
export type { FlowProblem };

/** A request body built from a form: `traits.email` becomes `{ traits: { email } }`. */
export type FlowBody = Record<string, unknown>;

/** Submits a body; resolves when the flow has been updated (or the app navigated away). */
export type SubmitHandler = (body: FlowBody) => Promise<void> | void;

/** The controller a flow hook returns; a view accepts it as one prop. */
export interface FlowControllerLike<TFlow> {
  flow: TFlow | undefined;
  status: FlowStatus;
  problem: FlowProblem | undefined;
  submit: SubmitHandler;
  retry: () => void;
  /**
   * The form must be posted natively (e.g. a login flow started by Hydra's `login_challenge`, which
   * only a browser form POST completes): the view then leaves submits to the browser.
   */
  nativeSubmit?: boolean;
}

/** The kind of self-service flow a `ui` container belongs to (used for autocomplete and titles). */
export type FlowKind = 'login' | 'registration' | 'recovery' | 'verification' | 'settings' | 'unknown';

/** Links between flows, rendered under the card (any may be left out). */
export interface FlowHrefs {
  login?: string;
  registration?: string;
  recovery?: string;
  verification?: string;
  settings?: string;
  logout?: string;
  home?: string;
}

/** Order nodes: either a list of node names (listed first, in that order) or a compare function. */
export type NodeOrder = readonly string[] | ((a: UiNode, b: UiNode) => number);

export type { UiNode, UiText };
