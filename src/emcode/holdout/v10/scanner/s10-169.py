import re
from typing import Iterable


class TagFilter:
    """Keep records whose tag matches the pattern a user typed into the search box."""

    def __init__(self, user_pattern: str) -> None:
        self.rx = re.compile(user_pattern, re.IGNORECASE)

    def apply(self, records: Iterable[dict]) -> list[dict]:
        return [r for r in records if self.rx.search(r.get("tag", ""))]
