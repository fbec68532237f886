// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlaybackProblem } from '../playback/playback.ts';
import { PartialPlayNotice } from './PartialPlayNotice.tsx';

afterEach(cleanup);

function setUp() {
  const video = document.createElement('video');
  document.body.append(video);
  const problem = signal<PlaybackProblem | undefined>(undefined);
  const at = (seconds: number) => Object.defineProperty(video, 'currentTime', { value: seconds, configurable: true });
  render(
    <PartialPlayNotice
      media={() => video}
      playback={{ problem }}
      fileId="e1"
      limit={{ seconds: 120, fraction: 0.4 }}
      durationSeconds={3600}
      savePath="src/files/index.html#share=S1&folder=F1"
    />,
  );
  return { video, problem, at };
}

describe('PartialPlayNotice', () => {
  it('says nothing while the shared video plays, nor when it plays to its end', () => {
    const { video, at } = setUp();
    expect(screen.queryByRole('status')).toBeNull();
    at(3599);
    void act(() => void video.dispatchEvent(new Event('ended')));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says PikPak played only part of it when playback ends at the limit, and leads to Save to my drive', () => {
    const { video, at } = setUp();
    at(121);
    void act(() => void video.dispatchEvent(new Event('ended')));
    screen.getByText('PikPak lets you play only part of this shared video.');
    const save = screen.getByRole('link', { name: 'Save to my drive first' });
    expect(save.getAttribute('href')).toBe('/src/files/index.html#share=S1&folder=F1');
  });

  it('says so too when the stream fails at the limit', () => {
    const { problem, at } = setUp();
    at(1440);
    void act(() => void (problem.value = { kind: 'cannot-play' }));
    screen.getByText('PikPak lets you play only part of this shared video.');
  });
});
