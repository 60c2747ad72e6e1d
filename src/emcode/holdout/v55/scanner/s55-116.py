import json
from dataclasses import dataclass


@dataclass
class Reading:
    meter: str
    litres: float


def decode_readings(payload):
    items = json.loads(payload)
    return [Reading(str(i["meter"]), float(i["litres"])) for i in items]
