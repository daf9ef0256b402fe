import { Island } from "@/components/island";
import { CopyButton } from "@/components/emergency-contact/copy-button";
import { ShortCite } from "@/components/emergency-contact/short-cite";
import type { ReplyView } from "@/lib/emergency-contact/page-data";

/** A reply the contact can say or send, with a one-tap copy button (it copies the quoted text). */
export function ReplyCard({ reply }: { reply: ReplyView }) {
  return (
    <li id={`reply-${reply.id}`} className="print-avoid-break scroll-mt-4 rounded-lg border border-line bg-card p-3" data-claim={reply.id}>
      <h3 className="font-bold">{reply.title}</h3>
      <p className="mt-1 text-sm text-muted">{reply.use}</p>
      <blockquote className="mt-2 select-all rounded-md border-l-4 border-accent bg-accent-soft px-3 py-2" data-reply-text data-speech>
        {reply.body}
      </blockquote>
      <Island component={CopyButton} props={{ label: `复制「${reply.title}」` }} />
      <ShortCite citations={reply.citations} />
    </li>
  );
}
