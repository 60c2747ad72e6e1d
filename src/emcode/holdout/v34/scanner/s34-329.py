import getpass
import logging

import requests

logging.basicConfig(level=logging.INFO)


def login(username, password):
    r = requests.post("https://portal.city.example/api/login",
                      json={"username": username, "password": password}, timeout=10)
    r.raise_for_status()
    logging.info("login ok")
    return r.json()["token"]


if __name__ == "__main__":
    login(input("user: "), getpass.getpass())
