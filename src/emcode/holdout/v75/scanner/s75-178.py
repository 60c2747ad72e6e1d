import configparser
import sys
from pathlib import Path

CONFIG = Path("/etc/allotments/site.ini")


def load_site_config():
    parser = configparser.ConfigParser()
    with CONFIG.open(encoding="utf-8") as fh:
        parser.read_file(fh)
    return {s: dict(parser[s]) for s in parser.sections()}


if __name__ == "__main__":
    cfg = load_site_config()
    for section, values in cfg.items():
        print(f"[{section}]", ", ".join(f"{k}={v}" for k, v in values.items()), file=sys.stdout)
