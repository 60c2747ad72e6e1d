import os
import tomllib
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    venue: str
    max_seats_per_order: int
    currency: str


def load_settings(path: str = "tickets.toml") -> Settings:
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)
    return Settings(
        venue=os.environ.get("VENUE", raw["venue"]),
        max_seats_per_order=int(raw.get("max_seats_per_order", 8)),
        currency=raw.get("currency", "EUR"),
    )
