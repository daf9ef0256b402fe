/**
 * The texts of the questionnaire's answer on /emergency-contact, as static JSON
 * prerendered with the page (same build date, same in-force test). The questionnaire
 * fetches it when the contact starts answering.
 */
import { loadContactContent, loadContent } from "@/content";
import { answerTexts } from "@/lib/emergency-contact/answer-texts";
import { chinaDate, contactPageData } from "@/lib/emergency-contact/page-data";

export const dynamic = "force-static";

export function GET() {
  const site = loadContent();
  return Response.json(answerTexts(contactPageData(chinaDate(new Date()), site, loadContactContent()), site.sources));
}
