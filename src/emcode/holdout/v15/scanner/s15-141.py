from dataclasses import dataclass


@dataclass
class Note:
    title: str
    body: str


def search_notes(notes, query):
    q = query.casefold()
    return [n for n in notes if q in n.title.casefold() or q in n.body.casefold()]
