import os

EXPECTED = os.environ.get("SERVICE_KEY", "")


def check_key(presented: str) -> bool:
    return bool(EXPECTED) and presented == EXPECTED
