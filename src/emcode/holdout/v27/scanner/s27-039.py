import json
from dataclasses import dataclass


@dataclass
class Reading:
    sensor: str
    celsius: float


def parse_readings(blob: str) -> list[Reading]:
    return [Reading(str(d["sensor"]), float(d["celsius"])) for d in json.loads(blob)]
