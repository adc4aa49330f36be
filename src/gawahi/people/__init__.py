"""People stage: victims, missing persons and the accused, named once and followed over time.

* `names` — South-Asian name parsing and a script-independent matching key (pure, fast).
* `persons` — person records and their mentions in sources and lists; merging.
* `lists` — CSV/XLSX victim lists: column mapping, preview, import as named sources.
* `linkage` — Splink 4 record linkage (DuckDB; same JSON model on Spark); suggestions and
  confirmation by reviewers.
* `missing` — enforced disappearances: cases, status history, petitions, hearings.
* `cases` — legal cases: FIR, police station, sections of law, accused, stages.
* `counting` — capture tables from linked persons by stratum, for `gawahi.estimate`.
* `synthetic` — seeded generator of realistic victim lists with known truth.
"""
