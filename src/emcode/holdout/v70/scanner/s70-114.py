import re

LABEL_RE = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")


def is_valid_label(label):
    return len(label) <= 80 and LABEL_RE.fullmatch(label) is not None
