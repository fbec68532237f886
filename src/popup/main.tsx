import { render } from 'preact';
import '../ui/styles/base.css';
import { PopupApp } from './PopupApp.tsx';

render(<PopupApp />, document.getElementById('app')!);
