// Blazor's JavaScript initializer for this app (its name makes Blazor import it: {assembly}.lib.module.js).
//
// MudBlazor's script serves interactive components only, which call it from a circuit. Blazor awaits this function
// before it starts one, whether the page was loaded interactive or an enhanced navigation brought an interactive page
// to a static one, so static pages (ADR-013) never fetch or run its 70 KB. Interactive pages preload it (App.razor),
// so it downloads alongside Blazor's own script; the import map in the page gives its fingerprinted address.
const mudBlazorScript = "_content/MudBlazor/MudBlazor.min.js";

export function beforeServerStart() {
    if (window.mudElementRef) {
        return Promise.resolve(); // a circuit that starts again after the first
    }

    return new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = import.meta.resolve(new URL(mudBlazorScript, document.baseURI).href);
        script.addEventListener("load", resolve, { once: true });
        script.addEventListener("error", () => reject(new Error(`${script.src} did not load`)), { once: true });
        document.body.append(script);
    });
}
