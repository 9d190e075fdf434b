// The navigation drawer of statically rendered pages (Statistics), which have no circuit to toggle it: the menu
// button swaps the same classes MudDrawer and MudLayout set when the drawer opens or closes. Interactive pages
// never render the data-drawer-toggle attribute, so this stays out of their way.
const wide = window.matchMedia("(min-width: 960px)"); // MudBlazor's md breakpoint, where the drawer is persistent

function parts() {
    const button = document.querySelector("[data-drawer-toggle]");
    const drawer = document.getElementById(button?.getAttribute("aria-controls") ?? "");
    return button && drawer ? { button, drawer, layout: drawer.closest(".mud-layout") } : null;
}

// A drawer that was never toggled is open on wide screens and hidden on narrow ones (MudBlazor's initial state).
function isOpen(drawer) {
    return drawer.classList.contains("mud-drawer--open") && (wide.matches || !drawer.classList.contains("mud-drawer--initial"));
}

function show(found, open) {
    found.drawer.classList.remove("mud-drawer--initial");
    found.drawer.classList.toggle("mud-drawer--open", open);
    found.drawer.classList.toggle("mud-drawer--closed", !open);
    found.layout?.classList.toggle("mud-drawer-open-responsive-md-left", open);
    found.layout?.classList.toggle("mud-drawer-close-responsive-md-left", !open);
    found.button.setAttribute("aria-expanded", String(open));
}

function syncExpanded() {
    const found = parts();
    found?.button.setAttribute("aria-expanded", String(isOpen(found.drawer)));
}

document.addEventListener("click", event => {
    const found = parts();
    if (found && event.target instanceof Element && found.button.contains(event.target)) {
        show(found, !isOpen(found.drawer));
    }
});

syncExpanded();
wide.addEventListener("change", syncExpanded);
window.Blazor?.addEventListener?.("enhancedload", syncExpanded);
