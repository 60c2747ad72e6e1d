import json
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


def load_points(text: str) -> list[Point]:
    """Parse a JSON list of {"x": .., "y": ..} objects."""
    raw = json.loads(text)
    return [Point(float(p["x"]), float(p["y"])) for p in raw]
