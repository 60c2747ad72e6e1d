import requests


class RegistryClient:
    def __init__(self, session=None):
        self.session = session or requests.Session()

    def fetch(self, registry_url, trial_id):
        url = registry_url.rstrip("/") + "/trials/" + trial_id
        return self.session.get(url, timeout=10).json()
