/** A view renders into the main element from the route's argument and query; it may return a cleanup. */
export type View = (root: HTMLElement, arg: string, params: URLSearchParams) => Promise<(() => void) | void>;
