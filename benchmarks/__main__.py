"""`python -m benchmarks`: run the benchmark."""

import sys

from benchmarks.bench import main

sys.exit(main())
