import { PhoneText } from "@/components/phone-text";
import { ShortCite } from "@/components/emergency-contact/short-cite";
import type { ChannelView } from "@/lib/emergency-contact/page-data";

/** One complaint channel: who, how to reach them, when to use them, and the source. */
export function ChannelItem({ channel }: { channel: ChannelView }) {
  return (
    <li data-claim={channel.id}>
      <strong>{channel.name}</strong>：<PhoneText text={channel.reach} />
      <p className="text-muted">{channel.when}</p>
      <ShortCite citations={channel.citations} />
    </li>
  );
}
