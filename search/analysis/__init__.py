"""Per-language analysis data (stemmer, stop words, stem rules, compound parts,
acronyms): reviewed word lists that search/analyzers.py turns into engine settings
and search/analysis/compounds.py uses to split a reader's compound query."""
