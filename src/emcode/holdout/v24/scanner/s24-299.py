import random
import secrets
from dataclasses import dataclass


@dataclass
class DoorPin:
    member_id: int
    pin: str


def new_pin(member_id: int) -> DoorPin:
    return DoorPin(member_id, f"{secrets.randbelow(10**6):06d}")


def shuffled_tips(tips: list[str]) -> list[str]:
    out = tips[:]
    random.shuffle(out)  # display order only
    return out
