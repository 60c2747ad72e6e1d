import re

ALLOWED = ["cdn.recipes.io", "static.recipes.io"]
HOST_RE = re.compile(r"\A(?:" + "|".join(map(re.escape, ALLOWED)) + r")\Z")

def may_embed(hostname: str) -> bool:
    return HOST_RE.match(hostname) is not None
