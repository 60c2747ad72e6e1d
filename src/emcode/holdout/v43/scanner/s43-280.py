import hashlib


class TranslationCache:
    def __init__(self):
        self._store = {}

    def _key(self, text, lang):
        return hashlib.md5(f"{lang}:{text}".encode(), usedforsecurity=False).hexdigest()

    def get(self, text, lang):
        return self._store.get(self._key(text, lang))

    def put(self, text, lang, translated):
        self._store[self._key(text, lang)] = translated
