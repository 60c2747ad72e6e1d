import re
import time
from enum import Enum

NAME = re.compile(r"[A-Za-z0-9_-]{1,40}")


class Event(Enum):
    ONLINE = "online"
    OFFLINE = "offline"
    ALARM = "alarm"


def log_device_event(logfile: str, device_name: str, event: Event) -> None:
    if not NAME.fullmatch(device_name):
        raise ValueError("bad device name")
    with open(logfile, "a", encoding="utf-8") as f:
        f.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} device={device_name} event={event.value}\n")
