"""Local storage: one SQLite file in the data folder, recordings as files beside it."""
