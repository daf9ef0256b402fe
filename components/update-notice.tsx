// The notice that a new version of the site is ready (hidden until then). A server
// component: /sw-register.js (worker/register.js) shows it when a new build's service
// worker has installed, and wires its two buttons. Without that script it never shows.
export function UpdateNotice() {
  return (
    <div id="update-notice" hidden role="status" className="fixed inset-x-0 bottom-0 z-50 border-t border-line bg-card shadow-lg print:hidden">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-3 px-4 py-3">
        <p className="mr-auto">已更新，刷新即可看到新内容。</p>
        <button type="button" data-update="reload" className="min-h-11 rounded-lg bg-accent px-4 font-semibold text-accent-fg hover:bg-accent-strong">
          刷新
        </button>
        <button type="button" data-update="later" className="min-h-11 rounded-lg border border-line px-4">
          稍后
        </button>
      </div>
    </div>
  );
}
