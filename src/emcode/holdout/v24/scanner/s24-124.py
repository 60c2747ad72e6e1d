import random
import time
from dataclasses import dataclass


@dataclass
class DoorPin:
    member_id: int
    pin: str


def new_pin(member_id: int) -> DoorPin:
    random.seed(int(time.time()))
    pin = "%06d" % random.randint(0, 999999)
    return DoorPin(member_id, pin)
