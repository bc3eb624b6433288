// The playground's size picker, registered under the name amlint's uiSchema gives the size field
// (`sizePicker`) in place of amlint/rjsf's: in the page's language, with the size also typed (a size
// the table does not list, flagged by the findings). The sizes, their filters and what a policy
// allows are amlint's (`sizes()`); the widget draws them.
import { createContext, useContext, useMemo, useState } from "react";
import { sizes } from "amlint";

/** What the size picker needs from the page: whether the full module is loaded, the kind, the policy, the words. */
export const PickerContext = createContext({});

const PROCESSORS = ["all", "cpu", "gpu"];

/**
 * The VM size as the studio picks it: CPU or GPU, a search, and a table of the sizes the kind
 * accepts (narrowed by the policy when one is loaded); the size can also be typed.
 */
export function SizePicker({ id, value, onChange, onBlur, onFocus, readonly, disabled }) {
  const { full, kind, policy, words } = useContext(PickerContext);
  const [processor, setProcessor] = useState("all");
  const [search, setSearch] = useState("");
  const locked = readonly || disabled;
  const { shown, total } = useMemo(() => {
    if (!full) return { shown: [], total: 0 };
    const filters = { kind, policy, search: search || undefined, processor: processor === "all" ? undefined : processor };
    return { shown: sizes(filters), total: sizes({ kind }).length };
  }, [full, kind, policy, search, processor]);
  const w = words.sizes;
  return (
    <div className="size-picker">
      <input
        id={id}
        type="text"
        value={value ?? ""}
        readOnly={locked}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
        onBlur={(event) => onBlur(id, event.target.value)}
        onFocus={(event) => onFocus(id, event.target.value)}
      />
      {!locked && (
        <div className="size-filters">
          <fieldset className="processor">
            <legend>{w.processor}</legend>
            {PROCESSORS.map((p) => (
              <label key={p}>
                <input type="radio" name={`${id}-processor`} value={p} checked={processor === p} onChange={() => setProcessor(p)} /> {w[p]}
              </label>
            ))}
          </fieldset>
          <label className="size-search">
            {w.search}
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          </label>
        </div>
      )}
      {!locked &&
        (full ? (
          <div className="size-table">
            <table>
              <caption>{policy ? w.countPolicy(shown.length, total) : w.count(shown.length, total)}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.pick}</th>
                  <th scope="col">{w.name}</th>
                  <th scope="col">{w.family}</th>
                  <th scope="col">{w.vcpus}</th>
                  <th scope="col">{w.gpus}</th>
                  <th scope="col">{w.memory}</th>
                  <th scope="col">{w.lowPriority}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((size) => (
                  <tr key={size.name} className={size.name === value ? "picked" : undefined}>
                    <td>
                      <input type="radio" name={`${id}-size`} value={size.name} checked={size.name === value} onChange={() => onChange(size.name)} aria-label={size.name} />
                    </td>
                    <td>{size.name}</td>
                    <td>{size.family}</td>
                    <td>{size.vcpus}</td>
                    <td>{size.gpus}</td>
                    <td>{size.memoryGb ?? "—"}</td>
                    <td>{size.lowPriority === undefined || size.lowPriority === null ? "—" : size.lowPriority ? w.yes : w.no}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="hint">{w.loading}</p>
        ))}
    </div>
  );
}
