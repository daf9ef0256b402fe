"use client";
import { TextActions } from "@/components/toolkit/text-actions";

/** The filled letter exactly as it will be copied or saved. */
export function LetterPreview({ text, fileName }: { text: string; fileName: string }) {
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">预览（复制和下载的就是这段文字）</h3>
      <div
        id="letter-preview"
        data-testid="letter-preview"
        className="whitespace-pre-wrap break-words rounded-lg border border-line bg-bg p-3 text-[15px]"
      >
        {text}
      </div>
      <TextActions text={text} fileName={fileName} previewId="letter-preview" />
    </div>
  );
}
