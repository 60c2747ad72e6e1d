import re


class Finder:
    def __init__(self, records):
        self.records = records

    def find(self, keyword):
        rx = re.compile(r"\b" + re.escape(keyword) + r"\w*", re.IGNORECASE)
        return [r for r in self.records if rx.search(r)]
