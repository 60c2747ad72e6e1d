import re

ALLOWED = ["cdn.recipes.io", "static.recipes.io"]
HOST_RE = re.compile("|".join(ALLOWED))

def may_embed(hostname: str) -> bool:
    return bool(HOST_RE.match(hostname))
