import { otherScriptPath, SITE_SCRIPT, sitePath } from "@/lib/script/site-script";

// The other script's name, in that script (so this line is kept as written: hant-keep).
const OTHER = SITE_SCRIPT === "hant" ? { name: "简体中文", lang: "zh-Hans" } : { name: "繁體中文", lang: "zh-Hant" }; // hant-keep

/**
 * 繁/简: the same page in the other script. A plain link (reading pages ship no script):
 * the build points it at this page's twin (build/steps/traditional-twins.mjs,
 * from the post-build step); on pages whose answers live in the fragment,
 * useScriptSwitchFragment (components/hooks/) keeps the fragment on it. Nothing is
 * stored: the link is the state.
 */
export function ScriptSwitch() {
  return (
    <a
      href={otherScriptPath(sitePath("/"))}
      data-script-switch=""
      lang={OTHER.lang}
      className="rounded border border-line px-2"
    >
      {OTHER.name}
    </a>
  );
}
