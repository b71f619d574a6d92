// A page showing work in progress reloads itself every few seconds, until its button stops it.
(() => {
    const note = document.querySelector('p.refresh[data-refresh]');
    if (!note) {
        return;
    }

    const timer = setTimeout(() => location.reload(), Number(note.dataset.refresh) * 1000);
    note.querySelector('button').addEventListener('click', () => {
        clearTimeout(timer);
        note.textContent = 'Actualización detenida: recargue la página para ver el avance.';
    });
})();
