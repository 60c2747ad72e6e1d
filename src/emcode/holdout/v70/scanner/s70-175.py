import re


def redact(text, pattern, replacement="[hidden]"):
    return re.sub(pattern, replacement, text)
