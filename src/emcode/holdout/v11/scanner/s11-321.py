from dataclasses import dataclass


@dataclass
class FilterRule:
    contains: str
    folder: str


def route_message(body: str, rules: list[FilterRule]) -> str:
    lowered = body.lower()
    for rule in rules:
        if rule.contains and rule.contains.lower() in lowered:
            return rule.folder
    return "inbox"
