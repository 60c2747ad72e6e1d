import configparser
import os
import getpass


def write_config(path="observatory.ini"):
    cfg = configparser.ConfigParser()
    cfg["db"] = {"user": input("DB user: "), "password": getpass.getpass("DB password: ")}
    with open(path, "w") as fh:
        cfg.write(fh)
    os.chmod(path, 0o777)
    print("saved", path)


if __name__ == "__main__":
    write_config()
