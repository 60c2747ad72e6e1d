import json
import os


def write_config(path: str, cfg: dict) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(cfg, fh, indent=2)


if __name__ == "__main__":
    write_config(os.path.expanduser("~/.toolrc.json"), {"token": os.environ.get("TOOL_TOKEN", "")})
