import os
import json


def write_secrets(path: str, secrets_map: dict) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(secrets_map, fh)


if __name__ == "__main__":
    write_secrets(os.path.expanduser("~/.config/ci/secrets.json"), {"registry": os.environ.get("REG_TOKEN", "")})
