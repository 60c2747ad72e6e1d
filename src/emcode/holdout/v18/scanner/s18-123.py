import re
from dataclasses import dataclass


@dataclass
class FieldRule:
    name: str
    pattern: str


def validate(record: dict, rules: list[FieldRule]) -> list[str]:
    errors = []
    for rule in rules:
        if not re.match(rule.pattern, str(record.get(rule.name, ""))):
            errors.append(rule.name)
    return errors
