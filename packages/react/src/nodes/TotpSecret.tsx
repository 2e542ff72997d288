import type { TotpSecretProps } from '../components.tsx';
import { useTranslate } from '../context.tsx';
import { CopyButton } from '../primitives/CopyButton.tsx';

/** The TOTP secret (1050006) for manual entry, with a copy button. */
export function TotpSecret({ secret, label, id }: TotpSecretProps) {
  const { t } = useTranslate();
  return (
    <div className="ory-totp-secret" id={id}>
      <p className="ory-totp-secret__label" id={`${id}-label`}>
        {label ?? t('ui.totp.secret_label')}
      </p>
      <div className="ory-totp-secret__row">
        <code className="ory-secret">
          {secret}
        </code>
        <CopyButton text={secret} />
      </div>
    </div>
  );
}
