import json
import time


def log_search(query: str, path: str = "searches.jsonl") -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"ts": time.time(), "q": query}) + "\n")
