import argparse
import getpass
import logging
from dataclasses import dataclass, field

logging.basicConfig(level=logging.INFO)


@dataclass
class DbConfig:
    host: str
    user: str
    password: str = field(repr=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="localhost")
    ap.add_argument("--user", default="etl")
    args = ap.parse_args()
    cfg = DbConfig(args.host, args.user, getpass.getpass("db password: "))
    logging.info("using %r", cfg)


if __name__ == "__main__":
    main()
