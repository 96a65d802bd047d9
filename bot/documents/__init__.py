"""Documents: reading files of every format, parsing them into heading paths and passages, indexing.

Owns the write side: `formats` turns .html/.docx/.pdf into text, `parsing` finds the header block,
headings and passages, `ingest` brings a passage index in line with `knowledge/` (through the
`PassageIndex` interface, which the search layer's store implements) and `upload` adds a file an admin
sent. It may import `bot.domain`, `bot.language`, `bot.errors` and nothing above them.
"""
