import configparser
import getpass
import os


def write_config(path: str = "observatory.ini") -> None:
    cfg = configparser.ConfigParser()
    cfg["db"] = {"user": input("DB user: "), "password": getpass.getpass("DB password: ")}
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        cfg.write(fh)
    print("saved", path)


if __name__ == "__main__":
    write_config()
