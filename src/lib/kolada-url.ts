/*
 * Where Kolada keeps a key figure's values for one municipality. The indicator pages link there
 * and `npm run kolada` fetches from there; this file stands alone so that a page takes in the
 * address and nothing of the command's fetching or file editing.
 */

export const DEFAULT_KOLADA_API = 'https://api.kolada.se/v3';

export function koladaDataUrl(apiBase: string, kpi: string, municipality: string): string {
  return `${apiBase.replace(/\/+$/, '')}/data/kpi/${encodeURIComponent(kpi)}/municipality/${encodeURIComponent(municipality)}`;
}
