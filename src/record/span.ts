/** Half-open character spans in UTF-16 code units, as JS string indices. */

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers, as the analysis contract prints it. */
export interface TextSpan extends Span {
  text: string;
}

/** The text a span covers in `source`. */
export function sliceSpan(source: string, span: Span): string {
  return source.slice(span.start, span.end);
}
