// Maps a path into the parsed data back to a line of the YAML or JSON source.
import { isMap, isSeq, isScalar, type Document, type LineCounter } from "yaml";
import type { IssuePath, LineOf } from "./issue.ts";

type Ranged = { range?: readonly [number, number, number] | null | undefined };

/**
 * Walks the document along the path and returns the line of the deepest node found. A field's
 * line is its key's line, so a missing value (`brief:`) still points at the right place, and a
 * missing field points at the object that lacks it.
 */
export function lineFinder(doc: Document, lineCounter: LineCounter): LineOf {
  const lineOfNode = (node: unknown): number | undefined => {
    const range = (node as Ranged | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  return (path: IssuePath) => {
    let node: unknown = doc.contents;
    let line = lineOfNode(node);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
        if (!pair) break;
        line = lineOfNode(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item: unknown = node.items[key];
        if (item === undefined) break;
        node = item;
        line = lineOfNode(node) ?? line;
      } else break;
    }
    return line;
  };
}
