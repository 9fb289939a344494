/**
 * Which build this is. The offline build (`npm run build:offline`, Vite mode `offline`) is one HTML
 * file opened from disk: it has no separate data files to download and no URL to embed from.
 * A build-time constant, so the other build's code is dropped.
 */
export const OFFLINE: boolean = import.meta.env.MODE === 'offline';
