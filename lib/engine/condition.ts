/** Whether one of the user's answers meets a factor's condition. */
import type { Condition } from "@/lib/schema/content";
import type { Situation } from "@/lib/situation/parse-situation";

export function meetsCondition(condition: Condition, s: Situation): boolean {
  switch (condition.answer) {
    case "amount": {
      const yuan = s.amountFen / 100;
      return (condition.atLeast === undefined || yuan >= condition.atLeast) && (condition.below === undefined || yuan < condition.below);
    }
    case "history":
      return condition.in.includes(s.history);
    case "contact":
      return condition.in.includes(s.contact);
    case "emergencyContact":
      return condition.in.includes(s.emergencyContact);
    case "partialRepayment":
      return condition.in.includes(s.partialRepayment);
    case "guarantor":
      return condition.in.includes(s.guarantor);
    case "product":
      return condition.in.includes(s.product);
  }
}
