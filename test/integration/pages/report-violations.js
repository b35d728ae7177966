// Collects CSP violations so the test in the parent frame can read them.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample ?? ''}`.trim());
});
