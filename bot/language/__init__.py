"""Language: general Chinese and English knowledge, no report in it.

`text` splits sentences, detects scripts and makes search tokens (jieba); `lexicon` bridges English
words to Chinese ones and folds traditional characters, from the CC-CEDICT dictionary. It imports
only `bot.cache`; every other layer may use it.
"""
