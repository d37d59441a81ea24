"""Text analysis for search and similar items: word forms in Kazakh, Russian and English, Kazakh in both
alphabets, and the entities (amounts, phone numbers, cards, domains, names) that tie one claim's items together
across languages. No database and no Qt: plain functions over text, cached where words repeat."""
