// Form parts in the GOV.UK pattern: label, hint, error message, then the control, tied together with ids.
import { useEffect, useRef, type ReactNode } from 'react';
import { createTranslator } from '@convene/i18n';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import type { FieldErrors } from '../api';
import { useMessages } from '../i18n/i18n';
import { currentLanguage } from '../i18n/language-store';

const sharedT = createTranslator(sharedMessages);

/**
 * The API's field errors are written for programs (class-validator's English: "email must be an
 * email"): each field gets a sentence of ours in the reader's language, the limit kept where the
 * API gives one. The API may name a nested field (`workshopIds.0`); errors are shown on the top-level field.
 */
export function byField(details: FieldErrors): FieldErrors {
  const errors: FieldErrors = {};
  for (const [key, messages] of Object.entries(details)) {
    const field = key.split(/[.[]/)[0];
    const ours = [...new Set([...(errors[field] ?? []), ...messages.map(inOurWords)])];
    errors[field] = ours;
  }
  return errors;
}

function inOurWords(message: string): string {
  const language = currentLanguage();
  if (/must be an email/.test(message)) return sharedT(language, 'form.emailFormat');
  const limit = /(?:shorter than or equal to|at most) (\d+) characters/.exec(message);
  if (limit) return sharedT(language, 'form.tooLong', { max: Number(limit[1]) });
  if (/should not be empty|must not be empty/.test(message)) return sharedT(language, 'form.required');
  return sharedT(language, 'form.notAccepted');
}

function describedBy(id: string, hint: boolean, errors: boolean): string | undefined {
  return [hint && `${id}-hint`, errors && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="hint">
      {hint}
    </p>
  ) : null;
}

export function ErrorMessage({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useMessages(sharedMessages);
  return errors?.length ? (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">{t('form.error')} </span>
      {errors.join(' ')}
    </p>
  ) : null;
}

export function TextField({
  id,
  name,
  label,
  hint,
  errors,
  type = 'text',
  autoComplete,
  multiline = false,
  defaultValue,
  inputMode,
  maxLength,
  width,
  inputLang,
}: FieldProps & {
  type?: 'text' | 'email' | 'number' | 'search';
  autoComplete?: string;
  /** true: a short text area; 'long': a taller one. */
  multiline?: boolean | 'long';
  defaultValue?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  maxLength?: number;
  /** A narrower box for short answers (numbers, codes), as wide as about this many characters. */
  width?: number;
  /** The language typed in it when not the page's (a Welsh title): spell checkers and screen readers follow it. */
  inputLang?: string;
}) {
  const invalid = Boolean(errors?.length);
  const common = {
    id,
    name,
    lang: inputLang,
    defaultValue,
    'aria-describedby': describedBy(id, Boolean(hint), invalid),
    'aria-invalid': invalid || undefined,
    className: `input${invalid ? ' input-error' : ''}${width ? ' input-short' : ''}`,
    style: width ? { maxWidth: `${width + 2}ch` } : undefined,
  };
  return (
    <div className={`form-group${invalid ? ' form-group-error' : ''}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} errors={errors} />
      {multiline ? (
        <textarea {...common} rows={multiline === true ? 3 : 6} maxLength={maxLength ?? 1000} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={type === 'email' ? false : undefined}
          maxLength={type === 'number' ? undefined : maxLength ?? 200}
        />
      )}
    </div>
  );
}

export function SelectField({
  id,
  name,
  label,
  hint,
  errors,
  options,
  defaultValue,
  onChange,
}: FieldProps & { options: Array<[string, string]>; defaultValue: string; onChange?: (value: string) => void }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={`form-group${invalid ? ' form-group-error' : ''}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} errors={errors} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        onChange={onChange ? (change) => onChange(change.target.value) : undefined}
        className={`input select${invalid ? ' input-error' : ''}`}
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
        aria-invalid={invalid || undefined}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One checkbox; `value` set means it is one of a group sharing `name`. */
export function Checkbox({ id, name, label, hint, errors, value, defaultChecked }: FieldProps & { value?: string; defaultChecked?: boolean }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="checkbox">
      <input
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        type="checkbox"
        aria-describedby={describedBy(id, Boolean(hint), invalid)}
        aria-invalid={invalid || undefined}
      />
      <label htmlFor={id} className="checkbox-label">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} errors={errors} />
    </div>
  );
}

export interface SummaryItem {
  fieldId: string;
  message: string;
}

/**
 * The list of problems at the top of a form. It takes focus when it appears (or changes after
 * another submit), and each entry moves focus to its field.
 */
export function ErrorSummary({ id, items, message, attempt }: { id: string; items: SummaryItem[]; message: string | null; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useMessages(sharedMessages);
  const shown = items.length > 0 || message !== null;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${id}-error-summary`}>
      <h3 id={`${id}-error-summary`}>
        {t('form.problem')}
      </h3>
      {message && <p>{message}</p>}
      {items.length > 0 && (
        <ul className="error-summary-list">
          {items.map((item) => (
            <li key={`${item.fieldId}-${item.message}`}>
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  const field = document.getElementById(item.fieldId);
                  if (!field) return;
                  event.preventDefault();
                  field.focus();
                  (field.closest('.form-group, .checkbox, fieldset') ?? field).scrollIntoView({ block: 'start' });
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const text = (data: FormData, field: string) => String(data.get(field) ?? '').trim();

/** The checks worth making before a round trip: the API checks everything again. */
export function checkNameAndEmail(data: FormData): FieldErrors {
  const errors: FieldErrors = {};
  const language = currentLanguage();
  if (!text(data, 'name')) errors.name = [sharedT(language, 'form.enterName')];
  const email = text(data, 'email');
  if (!email) errors.email = [sharedT(language, 'form.enterEmail')];
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = [sharedT(language, 'form.emailFormat')];
  return errors;
}

/** Summary entries in the order the fields appear in the form; fields the form does not know go last, by name. */
export function summaryItems(errors: FieldErrors, prefix: string, order: string[]): SummaryItem[] {
  const known = order.filter((field) => errors[field]);
  const unknown = Object.keys(errors).filter((field) => !order.includes(field));
  return [...known, ...unknown].flatMap((field) =>
    errors[field].map((message) => ({ fieldId: order.includes(field) ? `${prefix}-${field}` : `${prefix}-submit`, message })),
  );
}
