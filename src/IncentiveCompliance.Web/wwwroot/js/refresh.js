// A page showing work in progress reloads itself every few seconds. It stops when its button is pressed, or as soon as
// the person uses a key or the pointer anywhere on the page: nobody loses their place to a reload (WCAG 2.2.1).
(() => {
    const note = document.querySelector('p.refresh[data-refresh]');
    if (!note) {
        return;
    }

    const timer = setTimeout(() => location.reload(), Number(note.dataset.refresh) * 1000);
    const stop = () => {
        clearTimeout(timer);
        note.textContent = 'Actualización automática detenida: recargue la página para ver el avance.';
    };
    note.querySelector('button').addEventListener('click', stop);
    document.addEventListener('keydown', stop, { once: true });
    document.addEventListener('pointerdown', stop, { once: true });
})();
