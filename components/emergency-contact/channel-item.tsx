import { Citations } from "@/components/citations";
import type { ChannelView } from "@/lib/contact/page-data";

/** One complaint channel: who, how to reach them, when to use them. */
export function ChannelItem({ channel, compact = false }: { channel: ChannelView; compact?: boolean }) {
  return (
    <div data-claim={channel.id}>
      <p>
        <strong>{channel.name}</strong>：{channel.reach}
      </p>
      {compact ? null : <p className="text-muted">{channel.when}</p>}
      <Citations citations={channel.citations} />
    </div>
  );
}
