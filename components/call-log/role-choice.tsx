"use client";
import type { Role } from "@/lib/call-log/log-format";

/** Whose log this is: two chips at the top of /call-log. */
export function RoleChoice({ role, onChange }: { role: Role; onChange: (role: Role) => void }) {
  return (
    <fieldset className="space-y-2 print:hidden">
      <legend className="font-semibold">您是</legend>
      <div className="flex flex-wrap gap-2">
        {(["borrower", "contact"] as const).map((r) => (
          <label key={r} className="flex min-h-11 items-center gap-2 rounded-lg border border-line bg-card px-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
            <input type="radio" name="role" value={r} checked={role === r} onChange={() => onChange(r)} className="size-5 accent-(--accent)" />
            {r === "borrower" ? "借款人本人" : "被联系的亲友、同事（紧急联系人）"}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
