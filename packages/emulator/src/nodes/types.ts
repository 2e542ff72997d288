// The UI container and nodes in the shapes Kratos v0.11 emits (its `ui` JSON). Declared here, not
// imported, so that the emulator depends on no other orykit package; test/node-types.test.ts checks
// that they stay interchangeable with the client's types generated from the spec.

/** A message or label: `id` is Kratos' message id (text/id.go), `text` its English text. */
export type UiText = {
  id: number;
  text: string;
  type: string;
  context?: Record<string, unknown>;
};

export type UiNodeGroup = 'default' | 'password' | 'oidc' | 'profile' | 'link' | 'code' | 'totp' | 'lookup_secret' | 'webauthn';
export type InputType = 'text' | 'password' | 'number' | 'checkbox' | 'hidden' | 'email' | 'tel' | 'submit' | 'button' | 'datetime-local' | 'date' | 'url';
export type Autocomplete = 'email' | 'tel' | 'url' | 'current-password' | 'new-password' | 'one-time-code';

export type UiNodeInputAttributes = {
  node_type: 'input';
  name: string;
  type: InputType;
  disabled: boolean;
  value?: unknown;
  required?: boolean;
  autocomplete?: Autocomplete;
  label?: UiText;
  onclick?: string;
  pattern?: string;
};
export type UiNodeTextAttributes = {
  node_type: 'text';
  id: string;
  text: UiText;
};
export type UiNodeImageAttributes = {
  node_type: 'img';
  id: string;
  src: string;
  width: number;
  height: number;
};
export type UiNodeAnchorAttributes = {
  node_type: 'a';
  id: string;
  href: string;
  title: UiText;
};
export type UiNodeScriptAttributes = {
  node_type: 'script';
  id: string;
  src: string;
  type: string;
  async: boolean;
  crossorigin: string;
  integrity: string;
  nonce: string;
  referrerpolicy: string;
};
export type UiNodeAttributes = UiNodeInputAttributes | UiNodeTextAttributes | UiNodeImageAttributes | UiNodeAnchorAttributes | UiNodeScriptAttributes;

export type UiNode = {
  type: 'text' | 'input' | 'img' | 'a' | 'script';
  group: UiNodeGroup;
  attributes: UiNodeAttributes;
  messages: UiText[];
  meta: { label?: UiText };
};

/** A flow's `ui`: where and how the form posts, its nodes and the flow-level messages. */
export type UiContainer = {
  action: string;
  method: string;
  nodes: UiNode[];
  messages?: UiText[];
};
