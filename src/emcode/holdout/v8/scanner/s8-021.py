import json
import os


def save_device_config(path: str, config: dict) -> None:
    """Write the device config readable only by the agent user."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(config, fh, indent=2)
