import re

_BATCH = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*")


def is_batch_code(code):
    return len(code) <= 64 and _BATCH.fullmatch(code) is not None
