// Passes the test's hash on to the framed page (#exit-now: leave at once).
document.getElementById('inner').src = `inner.html${window.location.hash}`;
