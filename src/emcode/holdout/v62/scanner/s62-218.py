import re

_BATCH = re.compile(r"^([A-Z0-9]+-?)+$")


def is_batch_code(code):
    return bool(_BATCH.match(code))
