import logging

_log = logging.getLogger("hub.events")


class EventRecorder:
    def __init__(self):
        self.count = 0

    def record(self, device_name, event):
        self.count += 1
        _log.info(f"[{self.count}] {device_name} -> {event}")
