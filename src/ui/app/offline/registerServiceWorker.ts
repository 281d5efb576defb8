/** Registers the app's service worker, in production builds only (never in dev or in tests). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      // The app works as before, just not offline; the header indicator keeps saying so.
      console.warn('Offline use is unavailable: the service worker did not register.', error);
    });
  };
  // After load, so precaching never competes with the first paint for bandwidth.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
