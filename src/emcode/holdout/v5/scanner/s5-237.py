import re

LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")

def looks_like_domain(s: str) -> bool:
    parts = s.lower().rstrip(".").split(".")
    return len(parts) >= 2 and len(s) <= 253 and all(LABEL.fullmatch(p) for p in parts)
