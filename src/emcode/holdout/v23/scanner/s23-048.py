import logging
import os
import requests

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("registry.client")


class RegistryClient:
    def __init__(self, base_url, username, password):
        self.base_url = base_url.rstrip("/")
        self.username = username
        self.password = password
        self.token = None

    def login(self):
        log.debug("logging in as %s with password %s", self.username, self.password)
        resp = requests.post(self.base_url + "/auth", json={"u": self.username, "p": self.password}, timeout=10)
        resp.raise_for_status()
        self.token = resp.json()["token"]
        log.debug("got token %s", self.token)

    def publish(self, package_path):
        with open(package_path, "rb") as fh:
            resp = requests.put(self.base_url + "/packages", data=fh,
                                headers={"Authorization": "Bearer " + self.token}, timeout=60)
        return resp.status_code


if __name__ == "__main__":
    c = RegistryClient("https://pkgs.example.org", os.environ["REG_USER"], os.environ["REG_PASS"])
    c.login()
