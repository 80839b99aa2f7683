// The page monitor the example tests read: first, so it sees everything the app does.
import '../../shared/monitor.js';
// Space reserved for the widgets until they upgrade, from the package's host-page stylesheet.
import '@omf/elements/themes/base.css';
import { createApp } from 'vue';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
