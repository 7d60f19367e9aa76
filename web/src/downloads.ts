/** The footer's download links: the whole graph in each export format the server offers. */

import { api, type ExportLink } from './api-client.js';
import { clear, h } from './dom.js';
import { lang, t } from './i18n/i18n.js';

/** Lists the export formats as links; shows nothing when the server offers none or refuses. */
export async function renderDownloads(footer: HTMLElement): Promise<void> {
  let formats: ExportLink[];
  try {
    formats = (await api.exports()).formats;
  } catch {
    formats = [];
  }
  clear(footer);
  if (formats.length === 0) return;
  const links = formats.map((f) => h('a', { href: f.href, download: '', type: f.mediaType, 'data-format': f.id }, f.label[lang()]));
  footer.append(h('span', {}, t().downloads), ...links);
}
