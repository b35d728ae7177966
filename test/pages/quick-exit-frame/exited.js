// Tells the parent window that this page was reached, and whether it replaced the outer page.
if (window.parent !== window) window.parent.postMessage({ mhExited: window.location.pathname, outer: window.parent === window.top }, '*');
