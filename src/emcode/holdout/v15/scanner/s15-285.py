import re
from dataclasses import dataclass


@dataclass
class Note:
    title: str
    body: str


def search_notes(notes, query):
    hits = []
    for n in notes:
        if re.findall(query, n.body) or re.findall(query, n.title):
            hits.append(n)
    return hits
