import { render } from 'preact';
import '../ui/styles/base.css';

// Placeholder: the player page (video, audio, images) is being built.
render(<main>Player</main>, document.getElementById('app')!);
