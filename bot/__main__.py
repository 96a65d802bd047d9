"""`python -m bot`."""

import gc
import sys

# Importing the stack (chromadb, langchain, pydantic, jieba) makes a great many objects that live as long as the
# process: collecting garbage among them while they load is a tenth of every start. They are loaded with the
# collector off, then frozen out of its reach, and it runs as usual for everything after.
gc.disable()
from bot.cli import main  # noqa: E402

gc.freeze()
gc.enable()

sys.exit(main())
