"""Answers: from a question to an `Answer` whose every figure stands in the passage it cites.

`questions` reads a question once (language, figure and unit asked for, list, names, years, topic
words); `extractive` picks the sentences that answer or refuses; `llm` lets an OpenAI-compatible model
write the answer instead; both give a `Draft`. `guard` is the number guard; `conversation` keeps
follow-ups on topic; `service` is the one path every front end calls. It may import `bot.search`,
`bot.domain`, `bot.language`, `bot.config`, `bot.errors`; never a front end.
"""
