/** Colours of claim types and the look of modalities, shared by the network, the map, the timeline and the reader. */

/** One colour per claim type (distinct on white and readable as text underlines). */
export const CLAIM_COLORS: Record<string, string> = {
  ATTACK: '#c0392b',
  COERCE: '#8e44ad',
  CONTROL: '#d35400',
  MOVE: '#16a085',
  AID: '#27ae60',
  COOPERATE: '#2980b9',
  CONTACT: '#5dade2',
  MEMBER: '#34495e',
  INVESTIGATE: '#7f8c8d',
  ACCUSE: '#b7950b',
  OPPOSE: '#e67e22',
  LOCATED: '#1abc9c',
};

export const CLAIM_TYPES = Object.keys(CLAIM_COLORS);
export const MODALITIES = ['asserted', 'believed', 'suspected', 'intended'];

/** How sure the source sounds, as opacity: an asserted link is drawn solid, an intended one faint. */
export const MODALITY_ALPHA: Record<string, number> = { asserted: 1, believed: 0.7, suspected: 0.5, intended: 0.35 };

export function claimColor(type: string): string {
  return CLAIM_COLORS[type] ?? '#555555';
}

/** `#rrggbb` with an alpha, as `rgba()`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Node colours by entity type. */
export const ENTITY_COLORS: Record<string, string> = { PER: '#2c7be5', ORG: '#e63757', LOC: '#00a86b', MISC: '#95aac9' };
