"""The Telegram front end: python-telegram-bot handlers that read an update, call the answering service, reply.

`application` builds the `Application` (handlers, rate limiter, webhook or polling); `access` is the one
gate every update passes first; `questions`, `commands`, `admin` and `buttons` are the handlers by
purpose; `replies` sends (typing, streaming edits, long answers in parts) and `render` turns answers into
Telegram HTML; `feedback` and `ratelimit` keep usage and limits. It may import `bot.app` (the services),
`bot.answers`, `bot.documents`, `bot.domain`, `bot.config`, `bot.logs`; nothing imports it but the CLI.
"""
