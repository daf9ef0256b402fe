"use client";

export type StoreState = "checking" | "off" | "on" | "unreadable";

/** Whether the log is kept on this device, what that means, and 全部删除. */
export function StorageBox(props: { state: StoreState; problem: string; count: number; onTurnOn: () => void; onDeleteAll: () => void }) {
  const button = "min-h-12 rounded-lg px-5 py-2.5 font-semibold";
  return (
    <section aria-labelledby="storage" className="space-y-3 rounded-lg border border-line bg-card p-4 print:hidden" data-store={props.state}>
      <h2 id="storage" className="text-lg font-bold">
        {props.state === "on" ? "已在本机保存" : "保存在本机：您决定"}
      </h2>
      {props.problem ? (
        <p role="alert" className="rounded-lg border-2 border-error bg-error-soft p-3">
          {props.problem}
        </p>
      ) : null}
      {props.state === "off" ? (
        <>
          <p>
            现在什么都不保存：记录只在这个页面里，关掉就没了。打开后，记录会保存在这个浏览器里（不上传、不同步，别人用这台设备的这个浏览器可能看到），随时可以全部删除。
          </p>
          <button type="button" onClick={props.onTurnOn} className={`${button} bg-accent text-accent-fg hover:bg-accent-strong`}>
            在本机保存记录
          </button>
        </>
      ) : (
        <>
          {props.state === "on" ? <p>这个浏览器里保存着{props.count}条记录，只在这台设备上，不会发送到任何地方。</p> : null}
          <p>
            浏览器可能会自己清除保存的内容：例如 Safari 在7天没有打开本网站后会清除，清理缓存或「网站数据」也会删掉它。请经常用下面的「导出」留一份副本。
          </p>
          <button type="button" onClick={props.onDeleteAll} className={`${button} border-2 border-error text-error`}>
            全部删除
          </button>
        </>
      )}
    </section>
  );
}
