import json
import os


def save_device_config(path, config):
    """Write the IoT device config so the agent can pick it up."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(config, fh, indent=2)


if __name__ == "__main__":
    save_device_config("/etc/iot-agent/device.json", {"id": "sensor-12", "interval": 30})
