import logging

_log = logging.getLogger("hub.events")


def _one_line(text):
    return str(text).replace("\r", "\\r").replace("\n", "\\n")


class EventRecorder:
    def __init__(self):
        self.count = 0

    def record(self, device_name, event):
        self.count += 1
        _log.info("[%d] %s -> %s", self.count, _one_line(device_name), _one_line(event))
