import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    kind: str
    target: str
    retries: int = 0


def load_job(message: dict) -> Job:
    data = json.loads(message["payload"])
    if data.get("kind") not in {"resize", "transcode"}:
        raise ValueError("unknown job kind")
    return Job(kind=data["kind"], target=str(data["target"]), retries=int(data.get("retries", 0)))
