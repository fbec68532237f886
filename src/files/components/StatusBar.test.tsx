// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { file, folder } from '../test/items.ts';
import { StatusBar } from './StatusBar.tsx';

afterEach(cleanup);

describe('StatusBar', () => {
  it('counts the view and sums the selected files', () => {
    const selected = [file('a.mkv', 1_500_000), folder('Season 1')];
    render(<StatusBar total={12} shown={12} loading={false} selected={selected} locale="en" />);
    expect(screen.getByText('12 items')).toBeDefined();
    expect(screen.getByText('2 selected, 1.4 MB')).toBeDefined();
  });

  it('gives folders alone no size: PikPak reports none, and “0 B” would call them empty', () => {
    render(<StatusBar total={3} shown={3} loading={false} selected={[folder('A'), folder('B')]} locale="en" />);
    expect(screen.getByText('2 selected')).toBeDefined();
    expect(screen.queryByText(/0 B/)).toBeNull();
  });
});
