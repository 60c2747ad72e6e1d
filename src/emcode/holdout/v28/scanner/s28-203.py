import re


def redact(manifest_text, pattern, replacement="***"):
    return re.sub(pattern, replacement, manifest_text)
