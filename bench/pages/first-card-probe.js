// Time to first painted card, in ms from navigation start: the first <omf-indicator> omf-load, then
// the next frame, then a task after it (the frame has been painted by then). Also when the data arrived.
window.omfFirstCard = { data: undefined, ready: undefined, painted: undefined };
document.addEventListener('omf-load', (event) => {
  const marks = window.omfFirstCard;
  const now = performance.now();
  const tag = event.composedPath()[0].localName;
  if (tag === 'omf-data' && marks.data === undefined) marks.data = now;
  if (tag !== 'omf-indicator' || marks.ready !== undefined) return;
  marks.ready = now;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      marks.painted = performance.now();
    };
    channel.port2.postMessage(null);
  });
});
