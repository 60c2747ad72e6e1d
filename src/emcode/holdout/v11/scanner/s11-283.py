import logging

log = logging.getLogger("iot.registry")


class Registry:
    def __init__(self):
        self.devices = {}

    def register(self, device_id: str, reported_name: str) -> None:
        self.devices[device_id] = reported_name
        log.info("registered device %s as %s", device_id, reported_name)
