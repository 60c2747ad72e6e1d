import re
from pathlib import Path

TEMPLATES = Path(__file__).parent / "letters"
NAME = re.compile(r"[a-z0-9_]{1,40}")


def load_letter(kind: str) -> str:
    if not NAME.fullmatch(kind):
        raise ValueError(f"letter kind {kind!r} must be lowercase letters, digits or _")
    return (TEMPLATES / f"{kind}.txt").read_text(encoding="utf-8")
