import { describe, expect, it } from 'vitest';
import { srtToVtt, toWebVtt } from './subtitles-text.ts';

describe('srtToVtt', () => {
  it('writes the header, dots in times and drops cue numbers', () => {
    const srt =
      '1\r\n00:00:01,000 --> 00:00:02,500\r\nHello\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nTwo\r\nlines\r\n';
    expect(srtToVtt(srt)).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\n\n00:00:03.000 --> 00:00:04.000\nTwo\nlines\n',
    );
  });

  it('pads short hours, minutes, seconds and fractions and drops SRT position suffixes', () => {
    expect(srtToVtt('7\n1:2:3,5 --> 01:02:04,25 X1:100 X2:200 Y1:10 Y2:20\nText')).toBe(
      'WEBVTT\n\n01:02:03.500 --> 01:02:04.250\nText\n',
    );
  });

  it('takes a byte-order mark, blank lines in a row and a missing trailing newline', () => {
    const srt = '\uFEFF1\n00:00:01,000 --> 00:00:02,000\nA\n\n\n\n2\n00:00:02,000 --> 00:00:03,000\nB';
    expect(srtToVtt(srt)).toBe('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n\n00:00:02.000 --> 00:00:03.000\nB\n');
  });

  it('escapes an arrow in cue text and removes ASS override tags, keeping <i> markup', () => {
    expect(srtToVtt('1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>a --> b</i>')).toBe(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<i>a --&gt; b</i>\n',
    );
  });

  it('skips blocks without a valid timing or without text', () => {
    const srt =
      'garbage\n\n1\n00:00:01,000 --> 00:00:02,000\n\n2\nnot a time --> either\nX\n\n3\n00:00:05,000 --> 00:00:06,000\nOK';
    expect(srtToVtt(srt)).toBe('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nOK\n');
  });

  it('gives a valid empty track for an empty file', () => {
    expect(srtToVtt('')).toBe('WEBVTT\n\n');
  });
});

describe('toWebVtt', () => {
  it('passes WebVTT through with its line endings normalised', () => {
    expect(toWebVtt('\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHi\r\n')).toBe(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n',
    );
  });

  it('converts SRT', () => {
    expect(toWebVtt('1\n00:00:01,000 --> 00:00:02,000\nHi\n')).toBe('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n');
  });
});
