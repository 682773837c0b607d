import { render } from 'preact';
render(<p>Tilsvar</p>, document.getElementById('app')!);
