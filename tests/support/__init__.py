"""Test doubles and helpers: a Bot API server and an OpenAI-compatible server on 127.0.0.1, local processes,
settings in temporary folders, the running bot. The installed package ships none of it."""
