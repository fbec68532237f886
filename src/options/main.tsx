import { render } from 'preact';
import '../ui/styles/base.css';
import { OptionsApp } from './OptionsApp.tsx';

render(<OptionsApp />, document.getElementById('app')!);
