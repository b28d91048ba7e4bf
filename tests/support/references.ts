/** A real reference for tests (Polack et al., N Engl J Med 2020;383:2603-15, doi:10.1056/NEJMoa2034577) as CSL-JSON. */
export const POLACK_2020 = {
  type: "article-journal",
  title: "Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine",
  author: [
    { family: "Polack", given: "Fernando P." },
    { family: "Thomas", given: "Stephen J." },
  ],
  "container-title": "New England Journal of Medicine",
  DOI: "10.1056/NEJMoa2034577",
  issued: { "date-parts": [[2020, 12, 31]] },
};
