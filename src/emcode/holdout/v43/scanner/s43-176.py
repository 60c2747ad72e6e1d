import re


class TranslationMemory:
    def __init__(self, pairs):
        self.pairs = list(pairs)

    def find(self, source_regex):
        return [(s, t) for s, t in self.pairs if re.search(source_regex, s)]
