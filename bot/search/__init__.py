"""Search: finding the passages that answer a question.

Owns the read side of the index: `embeddings` (the local multilingual model or an OpenAI-compatible
endpoint), `store` (Chroma, embedded or a server; it implements the documents layer's `PassageIndex`),
`corpus` (passages in memory with BM25 over jieba tokens, sentence and heading vectors) and
`retrieval` (dense + BM25 fused by reciprocal rank, degrading to BM25 while Chroma is down). It may
import `bot.domain`, `bot.language`, `bot.config`, `bot.errors`; never `answers` or a front end.
"""
