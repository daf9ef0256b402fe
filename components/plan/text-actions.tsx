"use client";
import { useState } from "react";
import { downloadText } from "@/components/plan/download";

const button = "min-h-11 rounded-lg border border-accent px-4 font-semibold text-accent";

/** Copy and download for a filled letter; the status line says what happened. */
export function TextActions({ text, fileName, previewId }: { text: string; fileName: string; previewId: string }) {
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("已复制。可以粘贴到客服对话框、短信或备忘录里。");
    } catch {
      // No clipboard permission (older browsers, some in-app browsers): select the text instead.
      const preview = document.getElementById(previewId);
      const selection = window.getSelection();
      if (preview && selection) {
        const range = document.createRange();
        range.selectNodeContents(preview);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setStatus("这个浏览器不能自动复制。文字已选中，请长按或用菜单里的「复制」。");
    }
  }

  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={copy} className={`${button} bg-accent text-accent-fg`}>
          复制全文
        </button>
        <button
          type="button"
          onClick={() => {
            downloadText(fileName, text);
            setStatus(`已生成文件「${fileName}」，在浏览器的下载里可以找到。`);
          }}
          className={button}
        >
          下载为文本文件
        </button>
      </div>
      <p role="status" className="min-h-6 text-sm">
        {status}
      </p>
    </div>
  );
}
