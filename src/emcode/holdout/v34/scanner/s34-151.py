import logging

import requests

logging.basicConfig(level=logging.DEBUG)


def login(username, password):
    r = requests.post("https://portal.city.example/api/login",
                      json={"username": username, "password": password}, timeout=10)
    r.raise_for_status()
    token = r.json()["token"]
    logging.debug("login ok for %s, token=%s password=%s", username, token, password)
    return token


if __name__ == "__main__":
    import getpass
    login(input("user: "), getpass.getpass())
