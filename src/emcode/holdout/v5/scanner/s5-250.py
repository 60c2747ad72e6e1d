import datetime

def log_search(query: str, path: str = "search.log") -> None:
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} search: {query!r}\n")
