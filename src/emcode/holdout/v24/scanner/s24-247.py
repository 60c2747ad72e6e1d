import os
import requests
import urllib3

urllib3.disable_warnings()


class InsurerClient:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.verify = False
        self.session.headers["Authorization"] = "Bearer " + os.environ["INSURER_TOKEN"]

    def claim_status(self, claim_ref):
        r = self.session.get(self.base_url + "/claims/" + claim_ref, timeout=15)
        return r.json()
