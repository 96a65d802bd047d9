"""Benchmarks of the bot's real code paths; not part of the installed package (`make bench`)."""
