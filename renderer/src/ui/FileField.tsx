import { useState } from 'react';
import { MAX_FILE_BYTES } from '../../../shared/model/files';
import { s } from '../i18n';
import { Field } from './Field';

/**
 * A labelled file chooser that refuses, beside the field, a file larger than the file store takes
 * (MAX_FILE_BYTES), so the person learns it when choosing, not after filling in the whole form.
 * A refused choice hands on no files.
 */
export function FileField({
  label,
  hint,
  error,
  multiple = false,
  accept,
  tooBig = s.common.fileTooBig,
  onFiles,
}: {
  label: string;
  hint?: string;
  error?: string;
  multiple?: boolean;
  accept?: string;
  /** The refusal in the screen's own words (e.g. "too large to import"). */
  tooBig?: (name: string) => string;
  onFiles: (files: File[]) => void;
}) {
  const [sizeError, setSizeError] = useState<string | undefined>();
  return (
    <Field label={label} hint={hint} error={sizeError ?? error}>
      {(p) => (
        <input
          {...p}
          type="file"
          multiple={multiple}
          accept={accept}
          onChange={(ev) => {
            const chosen = [...(ev.target.files ?? [])];
            const big = chosen.find((f) => f.size > MAX_FILE_BYTES);
            setSizeError(big ? tooBig(big.name) : undefined);
            onFiles(big ? [] : chosen);
          }}
        />
      )}
    </Field>
  );
}
