import re


def redact(document: str, pattern: str, replacement: str = "[redacted]") -> str:
    return re.sub(pattern, replacement, document)
