/** The HTTP server: the API, the web app, and how to start them. */

// Starting the server
export { isLoopbackHost, startServer, UnsafeBindingError, type RunningServer, type ServeOptions } from './start-server.js';
export { createApp, DEFAULT_MAX_UPLOAD_BYTES, type AppOptions } from './create-app.js';

// Access
export { MIN_TOKEN_LENGTH, readTokensFile, TokenRegistry, type AccessToken, type Role } from './access-tokens.js';

// Extension points
export type { ExportFormat, ExportQuery } from './export-formats.js';
export { storeIngester, type Ingester, type IngestResult } from './document-ingester.js';
export { ApiError } from './api-error.js';
export { WebAssets, DEFAULT_WEB_ROOT } from './web-assets.js';
