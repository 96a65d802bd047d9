"""Question answering over a county's annual reports, for Telegram and the terminal.

The folders are the layers, and imports point one way, down this list:

- `cli`, `telegram/`: front ends; parse input, call the answering service, show the `Answer`.
- `app`: the composition root; the one place that reads settings to pick vendors and wire services.
- `answers/`: question analysis, extractive and LLM answers, the number guard, conversations.
- `search/`: embeddings, the Chroma store, the in-memory corpus with BM25, hybrid retrieval.
- `documents/`: file formats, parsing into heading paths and passages, ingest, uploads.
- `domain`, `language/`: the shared types (`Passage`, `Document`, `Answer`, `Citation`) and general
  Chinese/English text knowledge; plus `config`, `errors`, `logs`, `cache`, `measures`.

`evaluation` scores question sets through the answering service (`python -m bot eval`).
"""
