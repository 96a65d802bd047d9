"""Stand-ins for Telegram and an OpenAI-compatible server on 127.0.0.1, for tests and benchmarks."""
