import path from "node:path";

/** The seed article (a scraped clinic article on stem cells and depression): the demo imports and reviews it. */
export const SEED_ARTICLE = path.join(process.cwd(), "prisma", "seed", "stem-cells-neuroplasticity.txt");
