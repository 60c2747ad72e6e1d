import fnmatch


class TranslationMemory:
    def __init__(self, pairs):
        self.pairs = list(pairs)

    def find(self, glob):
        glob = glob[:64]
        return [(s, t) for s, t in self.pairs if fnmatch.fnmatchcase(s.lower(), glob.lower())]
