/** Where the package's own files live (templates, fonts), found from this module's location. */
import { fileURLToPath } from 'node:url';

/** The package root: `dist/render/..` or `src/render/..`. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
