import re


def redact(document: str, terms: list[str], replacement: str = "[redacted]") -> str:
    if not terms:
        return document
    rx = re.compile("|".join(re.escape(t) for t in terms if t))
    return rx.sub(replacement, document)
