import os

EXPECTED = os.environ.get("INGEST_KEY", "")

def authorised(presented_key):
    return presented_key == EXPECTED
