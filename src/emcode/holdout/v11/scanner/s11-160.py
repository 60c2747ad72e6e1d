import re
from dataclasses import dataclass


@dataclass
class FilterRule:
    match: str
    folder: str


def route_message(body, rules):
    for rule in rules:
        if re.search(rule.match, body):
            return rule.folder
    return "inbox"
