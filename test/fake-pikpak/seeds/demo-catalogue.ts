/** Names for the demo drive: public-domain films and shows, free music, Linux images. */

export const FILMS: readonly [string, number][] = [
  ['Nosferatu (1922)', 5_682],
  ['The Cabinet of Dr. Caligari (1920)', 4_547],
  ['The General (1926)', 4_620],
  ['Metropolis (1927)', 8_820],
  ['Sherlock Jr. (1924)', 2_700],
  ['Safety Last! (1923)', 4_200],
  ['The Kid (1921)', 4_080],
  ['His Girl Friday (1940)', 5_520],
  ['Night of the Living Dead (1968)', 5_760],
  ['Charade (1963)', 6_780],
  ['The Little Shop of Horrors (1960)', 4_320],
  ['Detour (1945)', 4_080],
  ['D.O.A. (1949)', 4_980],
  ['The Stranger (1946)', 5_700],
  ['Plan 9 from Outer Space (1957)', 4_740],
  ['Carnival of Souls (1962)', 4_680],
  ['A Trip to the Moon (1902)', 780],
  ['The Great Train Robbery (1903)', 720],
  ['Big Buck Bunny (2008)', 596],
  ['Sintel (2010)', 888],
  ['Tears of Steel (2012)', 734],
  ['Elephants Dream (2006)', 654],
];

export const SHOWS: readonly [string, number, number][] = [
  ['The Lone Ranger (1949)', 2, 8],
  ['Sherlock Holmes (1954)', 1, 10],
  ['Flash Gordon (1954)', 1, 6],
];

export const ALBUMS: readonly [string, string[]][] = [
  [
    'Kevin MacLeod - Cinematic Collection',
    ['Anguish', 'Crossing the Chasm', 'Decisions', 'Faceoff', 'Heroic Age', 'Impact Moderato'],
  ],
  [
    'Musopen - Beethoven Symphonies',
    [
      'Symphony No. 3 - I. Allegro con brio',
      'Symphony No. 5 - I. Allegro con brio',
      'Symphony No. 7 - II. Allegretto',
      'Symphony No. 9 - IV. Presto',
    ],
  ],
  ['Chris Zabriskie - Divider', ['Divider', 'Cylinder Five', 'Prelude No. 2', 'That Kid in Fourth Grade']],
];

export const DOCUMENTS: readonly [string, number][] = [
  ['Pride and Prejudice.epub', 512_000],
  ['Moby Dick.epub', 1_310_720],
  ['The Art of War.pdf', 2_202_009],
  ['Tax return 2024.pdf', 845_123],
  ['Apartment lease.pdf', 1_024_800],
  ['Reading list.md', 3_410],
  ['Recipes.txt', 18_220],
  ['Meeting notes 2025-03-14.txt', 6_190],
];

export const ISOS: readonly [string, number][] = [
  ['ubuntu-24.04.1-desktop-amd64.iso', 6_203_355_136],
  ['Fedora-Workstation-Live-x86_64-41-1.4.iso', 2_463_766_528],
  ['debian-12.7.0-amd64-netinst.iso', 661_651_456],
  ['archlinux-2024.11.01-x86_64.iso', 1_205_649_408],
  ['linuxmint-22-cinnamon-64bit.iso', 2_928_988_160],
  ['openSUSE-Tumbleweed-DVD-x86_64-Current.iso', 4_617_273_344],
  ['kali-linux-2024.3-installer-amd64.iso', 4_223_539_200],
  ['FreeBSD-14.1-RELEASE-amd64-disc1.iso', 1_230_993_408],
];

export const ERROR_MESSAGES = ['Task timeout', 'Storage space is not enough', 'Resource is unavailable'] as const;
