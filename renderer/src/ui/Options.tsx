/** The <option>s for a fixed vocabulary, labelled from the strings file. */
export function Options<T extends string | number>({ values, label }: { values: readonly T[]; label: (value: T) => string }) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </>
  );
}
