import os
import tempfile


def spool_report(text: str) -> str:
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="report-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path
