import { render } from 'preact';
import '../ui/styles/base.css';
import { FilesApp } from './FilesApp.tsx';

render(<FilesApp />, document.getElementById('app')!);
