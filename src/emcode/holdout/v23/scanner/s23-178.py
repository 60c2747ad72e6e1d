import re
from dataclasses import dataclass


@dataclass
class Question:
    text: str
    validation: str  # written by the survey author in the web editor

    def accepts(self, answer: str) -> bool:
        return re.fullmatch(self.validation, answer) is not None
