import logging
import re

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


class SensorLogger:
    def __init__(self):
        self.log = logging.getLogger("iot.sensors")

    def reading(self, device_name, value):
        name = _SAFE.sub("?", device_name)[:64]
        self.log.info("device %s reported %.2f", name, float(value))
