import configparser
from pathlib import Path

CONFIG = Path(__file__).with_name("booth.ini")


def main():
    cp = configparser.ConfigParser()
    with open(CONFIG, encoding="utf-8") as fh:
        cp.read_file(fh)
    for section in cp.sections():
        print(f"[{section}] projector={cp[section].get('projector', '?')}")


if __name__ == "__main__":
    main()
