import type { ComponentType, FormEventHandler, KeyboardEventHandler, ReactNode, Ref } from 'react';
import type { UiNode, UiText } from '@orykit/client';
import type { MessageKind, NormalizedNode } from './model.ts';
import type { FlowProblem } from './types.ts';
import { Card, Divider, Form, GroupHeader, Links, Loading, Section } from './primitives/layout.tsx';
import { Button } from './primitives/Button.tsx';
import { ConfirmDialog } from './primitives/confirm-dialog-slot.tsx';
import { Checkbox, HiddenInput, Input, Label, PasswordInput } from './primitives/fields.tsx';
import { Alert, Message, Messages } from './primitives/messages.tsx';
import { OidcButton } from './nodes/OidcButton.tsx';
import { Anchor, Image, Script, Text } from './primitives/content.tsx';
import { LookupSecrets, TotpSecret } from './nodes/settings-slots.tsx';
import { InputNode } from './nodes/InputNode.tsx';
import { TextNode } from './nodes/TextNode.tsx';
import { ImageNode } from './nodes/ImageNode.tsx';
import { AnchorNode } from './nodes/AnchorNode.tsx';
import { ScriptNode } from './nodes/ScriptNode.tsx';
import { UnknownNode } from './nodes/UnknownNode.tsx';

// The override registry. Every visual slot is a component with typed props; pass replacements through
// `<OryComponentsProvider components={{ … }}>`. Defaults render semantic HTML with stable `ory-*` classes.

/** A message after translation, with the DOM id inputs point at through `aria-describedby`. */
export interface TranslatedMessage {
  id: string;
  text: string;
  kind: MessageKind;
  uiText: UiText;
}

export interface CardProps {
  title?: ReactNode;
  subtitle?: ReactNode;
  /** Rendered above the title (e.g. a client logo). */
  logo?: ReactNode;
  children?: ReactNode;
  /** Links and secondary actions under the body. */
  footer?: ReactNode;
  /** Heading level of the title (default 1; Settings sections use 2). */
  headingLevel?: 1 | 2 | 3;
  className?: string | undefined;
  busy?: boolean;
  /** `data-testid`-like hook for styling/tests: which component rendered the card. */
  variant?: string;
}

export interface FormProps {
  /** `ui.action`; undefined when the URL policy refused it (the form must not post natively then). */
  action: string | undefined;
  method: string;
  children?: ReactNode;
  onSubmit?: FormEventHandler<HTMLFormElement>;
  onKeyDown?: KeyboardEventHandler<HTMLFormElement>;
  formRef?: Ref<HTMLFormElement>;
  busy?: boolean;
  /** The group this form submits (Settings renders one form per group); undefined for one-form flows. */
  group?: string | undefined;
  className?: string | undefined;
  'aria-labelledby'?: string | undefined;
}

export interface SectionProps {
  group: string;
  /** Title (Settings); login-like flows render sections without titles. */
  title?: string | undefined;
  description?: string | undefined;
  /** Whether the section's method is on ("On since 3 Dec 2026", "Off"); Settings' methods only. */
  state?: MethodStateLabel | undefined;
  /** Id of the title element, for `aria-labelledby`. */
  titleId?: string | undefined;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}

/** A settings method's state as shown next to its title. */
export interface MethodStateLabel {
  on: boolean;
  /** Translated: "On", "On since Dec 3, 2026", "Off". */
  label: string;
}

export interface GroupHeaderProps {
  group: string;
  title: string;
  description?: string | undefined;
  state?: MethodStateLabel | undefined;
  id: string;
  level: 2 | 3;
}

export interface DividerProps {
  label?: string;
}

export interface LabelProps {
  htmlFor: string;
  children?: ReactNode;
  required?: boolean;
  className?: string;
}

/** Props of every field slot (Input, PasswordInput, Checkbox). */
export interface FieldProps {
  node: UiNode;
  id: string;
  name: string;
  /** The HTML input type to render (`text` for types we do not know). */
  type: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  disabled: boolean;
  autoComplete?: string | undefined;
  pattern?: string | undefined;
  maxLength?: number | undefined;
  inputMode?: 'numeric' | 'email' | 'tel' | 'url' | 'text' | undefined;
  invalid: boolean;
  /** Ids of the messages that describe this field, for `aria-describedby`. */
  describedBy?: string | undefined;
  messages: TranslatedMessage[];
  group: string;
}

export interface CheckboxProps extends Omit<FieldProps, 'value' | 'onChange'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The value posted when checked (Kratos: `true`). */
  value: string;
}

export interface HiddenInputProps {
  node: UiNode;
  name: string;
  value: string;
  group: string;
}

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps {
  type: 'submit' | 'button';
  name?: string | undefined;
  value?: string | undefined;
  children?: ReactNode;
  variant?: ButtonVariant;
  disabled?: boolean;
  /** Busy: a request started by this button is in flight (shows a spinner, blocks clicks). */
  busy?: boolean;
  /** Blocks clicks without removing the button from the tab order. */
  blocked?: boolean;
  onClick?: (event: React.MouseEvent<HTMLButtonElement>) => void;
  formNoValidate?: boolean;
  group?: string | undefined;
  node?: UiNode | undefined;
  describedBy?: string | undefined;
  className?: string | undefined;
  id?: string | undefined;
  /** An icon rendered before the label. */
  icon?: ReactNode;
}

export interface OidcButtonProps {
  /** The provider id (`google`, `github`, …) as configured in Kratos. */
  provider: string;
  label: string;
  /** `provider` (login/registration), `link` or `unlink` (settings). */
  name: string;
  value: string;
  disabled: boolean;
  busy: boolean;
  blocked: boolean;
  formNoValidate: boolean;
  node: UiNode;
  group: string;
  describedBy?: string | undefined;
}

export interface MessageProps {
  message: TranslatedMessage;
}

export interface MessagesProps {
  messages: TranslatedMessage[];
  /** `flow`: the container's messages (announced); `node`: a field's messages (tied with aria-describedby). */
  scope: 'flow' | 'node';
  id?: string | undefined;
}

/** The one action of an alert: a button (`onClick`) or a link (`href`). */
export interface AlertAction {
  label: string;
  onClick?: (() => void) | undefined;
  href?: string | undefined;
}

export interface AlertProps {
  problem: FlowProblem;
  /** The sentence a person reads (never a request line, status or error id). */
  title: string;
  /** Technical lines for the collapsed "Technical details" (default: the problem's message, status and id). */
  details?: readonly string[] | undefined;
  /** The alert's action; without it, `onRetry` (if given) makes a `retryLabel` button. */
  action?: AlertAction | undefined;
  onRetry?: (() => void) | undefined;
  retryLabel: string;
}

/** A question before a destructive action ("Remove the authenticator app?"); rendered only while open. */
export interface ConfirmDialogProps {
  title: string;
  body: string;
  /** The destructive button's label ("Remove"). */
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Cancel, Escape: close without acting (focus returns to the button that opened it). */
  onCancel: () => void;
}

export interface LoadingProps {
  label: string;
}

export interface ImageProps {
  node: UiNode;
  src: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
  /** The node's label (e.g. "QR code for your authenticator app"), rendered as a caption. */
  label?: string | undefined;
  id: string;
}

export interface AnchorProps {
  node: UiNode;
  href: string;
  children?: ReactNode;
  id: string;
}

export interface TextProps {
  node: UiNode;
  text: string;
  label?: string | undefined;
  id: string;
}

export interface ScriptProps {
  src: string;
  async: boolean;
  integrity?: string | undefined;
  crossOrigin?: string | undefined;
  nonce?: string | undefined;
  referrerPolicy?: string | undefined;
  type?: string | undefined;
  id?: string | undefined;
}

export interface LookupSecretCode {
  /** The code, or '' for a used code. */
  code: string;
  used: boolean;
  /** The translated text of this entry ("used on …" for used codes). */
  text: string;
}

export interface LookupSecretsProps {
  node: UiNode;
  codes: LookupSecretCode[];
  label?: string | undefined;
  id: string;
}

export interface TotpSecretProps {
  node: UiNode;
  secret: string;
  label?: string | undefined;
  id: string;
}

export interface LinksProps {
  links: Array<{ key: string; href: string; label: string; prefix?: string | undefined }>;
}

/** Props every node-level slot receives. */
export interface NodeProps {
  node: NormalizedNode;
}

/** Every replaceable slot. Pass a `Partial<OryComponents>` to the provider. */
export interface OryComponents {
  Card: ComponentType<CardProps>;
  Form: ComponentType<FormProps>;
  Section: ComponentType<SectionProps>;
  GroupHeader: ComponentType<GroupHeaderProps>;
  Divider: ComponentType<DividerProps>;
  Label: ComponentType<LabelProps>;
  Input: ComponentType<FieldProps>;
  PasswordInput: ComponentType<FieldProps>;
  Checkbox: ComponentType<CheckboxProps>;
  HiddenInput: ComponentType<HiddenInputProps>;
  Button: ComponentType<ButtonProps>;
  OidcButton: ComponentType<OidcButtonProps>;
  Message: ComponentType<MessageProps>;
  Messages: ComponentType<MessagesProps>;
  Alert: ComponentType<AlertProps>;
  ConfirmDialog: ComponentType<ConfirmDialogProps>;
  Loading: ComponentType<LoadingProps>;
  Image: ComponentType<ImageProps>;
  Anchor: ComponentType<AnchorProps>;
  Text: ComponentType<TextProps>;
  Script: ComponentType<ScriptProps>;
  LookupSecrets: ComponentType<LookupSecretsProps>;
  TotpSecret: ComponentType<TotpSecretProps>;
  Links: ComponentType<LinksProps>;
  /** Node-level slots: replace how a whole node type renders. */
  InputNode: ComponentType<NodeProps>;
  TextNode: ComponentType<NodeProps>;
  ImageNode: ComponentType<NodeProps>;
  AnchorNode: ComponentType<NodeProps>;
  ScriptNode: ComponentType<NodeProps>;
  UnknownNode: ComponentType<NodeProps>;
}

/**
 * The default implementation of every slot.
 * @example
 * ```ts
 * const Card = (p: CardProps) => <div className="my-frame"><defaultComponents.Card {...p} /></div>;
 * ```
 */
export const defaultComponents: OryComponents = {
  Card,
  Form,
  Section,
  GroupHeader,
  Divider,
  Label,
  Input,
  PasswordInput,
  Checkbox,
  HiddenInput,
  Button,
  OidcButton,
  Message,
  Messages,
  Alert,
  ConfirmDialog,
  Loading,
  Image,
  Anchor,
  Text,
  Script,
  LookupSecrets,
  TotpSecret,
  Links,
  InputNode,
  TextNode,
  ImageNode,
  AnchorNode,
  ScriptNode,
  UnknownNode,
};
