from pathlib import Path

BASE = Path("/srv/records/transcripts").resolve()


def read_transcript(name):
    target = (BASE / name).resolve()
    if BASE not in target.parents:
        raise PermissionError(name)
    return target.read_text(encoding="utf-8")
