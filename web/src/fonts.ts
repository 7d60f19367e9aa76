/** Fonts served by this server (no font CDN): Noto Sans Arabic for the interface, Noto Naskh Arabic for articles, Noto Sans for Latin. */

import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';

/** The interface font stack, also used by the network's canvas labels. */
export const UI_FONT = '"Noto Sans Arabic", "Noto Sans", sans-serif';

/** Waits until the interface fonts are loaded (canvas text does not re-render when they arrive). */
export async function fontsReady(): Promise<void> {
  await Promise.all([document.fonts.load('14px "Noto Sans Arabic"', 'عربي'), document.fonts.load('14px "Noto Sans"', 'Latin')]).catch(() => undefined);
}
