import re


class Catalog:
    def __init__(self, names):
        self.names = list(names)

    def find(self, term):
        return [n for n in self.names if re.search(term, n, re.IGNORECASE)]
