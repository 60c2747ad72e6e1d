import logging


class SensorLogger:
    def __init__(self):
        self.log = logging.getLogger("iot.sensors")

    def reading(self, device_name, value):
        self.log.info(f"device {device_name} reported {value:.2f}")
