import datetime
import json


class SearchLog:
    def __init__(self, path):
        self.path = path

    def write(self, term):
        entry = {"at": datetime.datetime.now(datetime.timezone.utc).isoformat(), "search": term}
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry) + "\n")
