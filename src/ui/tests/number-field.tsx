import { useState } from "react";

/**
 * A whole number typed freely (an empty box while retyping is fine), handed on as soon as it
 * reads as one; on leaving the box it shows the value the store kept (clamped).
 */
export function NumberField({
  label,
  value,
  min,
  max,
  disabled,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  disabled?: boolean;
  onChange(value: number): void;
}) {
  const [text, setText] = useState<string | null>(null);
  return (
    <label>
      {label}
      <input
        className="cm-field"
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text ?? String(value)}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value);
          const n = Number(event.target.value);
          if (event.target.value.trim() !== "" && Number.isFinite(n)) onChange(n);
        }}
        onBlur={() => setText(null)}
      />
    </label>
  );
}
