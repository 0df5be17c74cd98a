/**
 * The local org page's entry: synthetic shadow first (Lightning Experience runs components in
 * it, and it lets the global SLDS stylesheet reach into the base components), then the app.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'localorg/app';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
root.appendChild(createElement('localorg-app', { is: App }));
