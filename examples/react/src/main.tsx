// The page monitor the example tests read: first, so it sees everything the app does.
import '../../shared/monitor.js';
// Space reserved for the widgets until they upgrade, from the package's host-page stylesheet.
import '@omf/elements/themes/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
