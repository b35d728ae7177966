// Two installs of the library on one site, in the order a slow CMS might load them: an older one
// (claiming 0.0.9, in another folder) first, then this version's loader, then the same loader
// again with a query (`?copy=2`, as CMSs add for cache busting).
window.ready = (async () => {
  const older = await import('/test-versions/0.0.9/cdn/menneskehandel-widgets.js');
  await older.whenLoaded();
  const current = await import('/cdn/menneskehandel-widgets.js');
  await current.whenLoaded();
  const again = await import('/cdn/menneskehandel-widgets.js?copy=2');
  await again.whenLoaded();
})();
