import { useEffect, version } from 'react';
import type { AnchorProps, ImageProps, ScriptProps, TextProps } from '../components.tsx';
import { imageUrl, linkUrl } from '@orykit/client';

export function Image({ src, alt, width, height, label, id }: ImageProps) {
  const safe = imageUrl(src);
  return (
    <figure className="ory-image" id={id}>
      {safe ? <img className="ory-image__img" src={safe} alt={alt} width={width || undefined} height={height || undefined} /> : null}
      {label ? <figcaption className="ory-image__caption">{label}</figcaption> : null}
    </figure>
  );
}

/** An `a` node as a button-styled link (Kratos sends them as the next step, e.g. "Continue"). */
export function Anchor({ href, children, id }: AnchorProps) {
  const safe = linkUrl(href);
  if (!safe) return <span className="ory-anchor ory-anchor--invalid" id={id}>{children}</span>;
  return (
    <a className="ory-anchor ory-button ory-button--primary" href={safe} id={id}>
      {children}
    </a>
  );
}

export function Text({ text, label, id }: TextProps) {
  return (
    <div className="ory-text" id={id}>
      {label ? <p className="ory-text__label">{label}</p> : null}
      <p className="ory-text__body">{text}</p>
    </div>
  );
}

const REACT_MAJOR = Number.parseInt(version, 10);

/**
 * A server script (Kratos' webauthn.js). React 19 hoists `<script async src>` into `<head>`, loads it
 * once and dedupes it by `src` across the page; on React 18 the script is added to `<head>` once by an
 * effect. It is never rendered without a `src`, and never inline.
 */
export function Script(props: ScriptProps) {
  if (REACT_MAJOR >= 19) {
    return (
      <script
        src={props.src}
        async
        integrity={props.integrity || undefined}
        crossOrigin={(props.crossOrigin as '' | 'anonymous' | 'use-credentials' | undefined) || undefined}
        nonce={props.nonce || undefined}
        referrerPolicy={(props.referrerPolicy as React.HTMLAttributeReferrerPolicy | undefined) || undefined}
        type={props.type || undefined}
        id={props.id || undefined}
      />
    );
  }
  return <LegacyScript {...props} />;
}

function LegacyScript(props: ScriptProps) {
  const { src, integrity, crossOrigin, nonce, referrerPolicy, type, id } = props;
  useEffect(() => {
    if (typeof document === 'undefined') return;
    for (const s of Array.from(document.scripts)) if (s.getAttribute('src') === src) return;
    const el = document.createElement('script');
    el.src = src;
    el.async = true;
    if (integrity) el.integrity = integrity;
    if (crossOrigin) el.crossOrigin = crossOrigin;
    if (nonce) el.nonce = nonce;
    if (referrerPolicy) el.referrerPolicy = referrerPolicy;
    if (type) el.type = type;
    if (id) el.id = id;
    document.head.appendChild(el);
  }, [src, integrity, crossOrigin, nonce, referrerPolicy, type, id]);
  return null;
}
