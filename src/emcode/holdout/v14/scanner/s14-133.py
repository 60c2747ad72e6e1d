import datetime


def log_search(query: str, results: int, path: str = "search.log") -> None:
    stamp = datetime.datetime.utcnow().isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} q={query} hits={results}\n")
