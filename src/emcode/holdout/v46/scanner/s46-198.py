import json
from pathlib import Path

_CONFIG = Path(__file__).resolve().with_name("rink_defaults.json")


def default_session_lengths():
    with _CONFIG.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: int(v) for k, v in data.get("lengths", {}).items()}
