import os

EXPECTED = os.environ.get("INGEST_KEY", "")


def authorized(presented_key: str) -> bool:
    return bool(EXPECTED) and presented_key == EXPECTED
