import datetime


class SearchLog:
    def __init__(self, path):
        self.path = path

    def write(self, term):
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(f"{datetime.datetime.utcnow().isoformat()} search={term}\n")
