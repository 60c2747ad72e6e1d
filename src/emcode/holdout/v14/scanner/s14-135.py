import datetime


def _neutral(text: str) -> str:
    return text.encode("unicode_escape").decode("ascii")


def log_search(query: str, results: int, path: str = "search.log") -> None:
    stamp = datetime.datetime.utcnow().isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} q={_neutral(query)} hits={int(results)}\n")
