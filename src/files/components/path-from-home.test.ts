import { describe, expect, it } from 'vitest';
import { pathFromHome } from './ViewLocation.tsx';

const A = { id: 'A', name: 'Anime' };
const B = { id: 'B', name: 'Season 1' };
const C = { id: 'C', name: 'Extras' };

describe('pathFromHome', () => {
  it('starts the breadcrumbs at the root folder when the folder is in it', () => {
    expect(pathFromHome([A, B, C], { id: 'B', name: 'old name' })).toEqual({ root: B, path: [C] });
    expect(pathFromHome([A, B], B)).toEqual({ root: B, path: [] });
  });

  it('keeps the whole path from My Drive for folders outside it, or without a root folder', () => {
    expect(pathFromHome([A, C], B)).toEqual({ path: [A, C] });
    expect(pathFromHome([A, B], null)).toEqual({ path: [A, B] });
    expect(pathFromHome([], undefined)).toEqual({ path: [] });
  });
});
