import re
from pathlib import Path

NAME = re.compile(r"^[a-z0-9_]+\.html$")


class TemplateStore:
    def __init__(self, root: str):
        self.root = Path(root)

    def load(self, name: str) -> str:
        if not NAME.fullmatch(name):
            raise ValueError(f"bad template name {name!r}")
        return (self.root / name).read_text(encoding="utf-8")
