import logging

log = logging.getLogger("iot.registry")
_CONTROL = {c: None for c in range(32)} | {127: None}


class Registry:
    def __init__(self):
        self.devices = {}

    def register(self, device_id: str, reported_name: str) -> None:
        self.devices[device_id] = reported_name
        log.info("registered device %s as %s", device_id.translate(_CONTROL), reported_name.translate(_CONTROL))
