"""County report Q&A bot."""
