import { useId } from 'react';
import type { CardProps, DividerProps, FormProps, GroupHeaderProps, LinksProps, LoadingProps, SectionProps } from '../components.tsx';
import { useComponents } from '../context.tsx';
import { cx } from '../util/cx.ts';
import { slot } from '../util/slot.ts';
import { linkUrl } from '@orykit/client';

/** The outer box of every flow: a titled `<section>`. */
export function Card({ title, subtitle, logo, children, footer, headingLevel = 1, className, busy, variant }: CardProps) {
  const id = useId();
  const H = `h${headingLevel}` as 'h1' | 'h2' | 'h3';
  return (
    <section
      className={cx('ory-card', variant && `ory-card--${variant}`, className)}
      aria-labelledby={title ? `${id}-title` : undefined}
      aria-busy={busy || undefined}
    >
      {title || logo || subtitle ? (
        <header className="ory-card__header">
          {logo ? <div className="ory-card__logo">{logo}</div> : null}
          {title ? (
            <H className="ory-card__title" id={`${id}-title`}>
              {title}
            </H>
          ) : null}
          {subtitle ? <div className="ory-card__subtitle">{subtitle}</div> : null}
        </header>
      ) : null}
      <div className="ory-card__body">{children}</div>
      {footer ? <footer className="ory-card__footer">{footer}</footer> : null}
    </section>
  );
}

/** A real `<form>`: posts natively without JavaScript, is intercepted with it. */
export function Form({ action, method, children, onSubmit, onKeyDown, formRef, busy, group, className, ...rest }: FormProps) {
  return (
    <form
      ref={formRef}
      action={action}
      method={method}
      className={cx('ory-form', group && `ory-form--${group}`, className)}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      aria-busy={busy || undefined}
      data-ory-group={group}
      aria-labelledby={rest['aria-labelledby']}
    >
      {children}
    </form>
  );
}

/** The nodes of one group, after its header. Titled (Settings) it is a labelled group. */
export function Section({ group, title, description, state, titleId, headingLevel = 2, children }: SectionProps) {
  const C = useComponents();
  const fallbackId = useId();
  const id = titleId ?? `${fallbackId}-title`;
  return (
    <div className={cx('ory-section', `ory-section--${group}`)} role={title ? 'group' : undefined} aria-labelledby={title ? id : undefined}>
      {title ? slot(C.GroupHeader, GroupHeader, { group, title, description, state, id, level: headingLevel }) : null}
      {children}
    </div>
  );
}

/** A section's title; with a method state or a description, the three in a header. */
export function GroupHeader({ title, description, state, id, level }: GroupHeaderProps) {
  const H = `h${level}` as 'h2' | 'h3';
  const heading = (
    <H className="ory-section__title" id={id}>
      {title}
    </H>
  );
  if (!state && !description) return heading;
  return (
    <div className="ory-section__header">
      {heading}
      {state ? <p className={cx('ory-badge', 'ory-section__state', state.on ? 'ory-badge--on' : 'ory-badge--off')}>{state.label}</p> : null}
      {description ? <p className="ory-section__description">{description}</p> : null}
    </div>
  );
}

export function Divider({ label }: DividerProps) {
  return (
    <div className="ory-divider">
      {label ? <span className="ory-divider__label">{label}</span> : null}
    </div>
  );
}

export function Links({ links }: LinksProps) {
  if (links.length === 0) return null;
  return (
    <ul className="ory-links">
      {links.map((l) => {
        const href = linkUrl(l.href);
        return (
          <li key={l.key} className={`ory-links__item ory-links__item--${l.key}`}>
            {l.prefix ? <span className="ory-links__prefix">{l.prefix} </span> : null}
            {href ? (
              <a className="ory-link" href={href}>
                {l.label}
              </a>
            ) : (
              <span>{l.label}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function Loading({ label }: LoadingProps) {
  return (
    <div className="ory-loading" role="status" aria-live="polite">
      <span className="ory-spinner" aria-hidden="true" />
      <span className="ory-loading__label">{label}</span>
    </div>
  );
}
