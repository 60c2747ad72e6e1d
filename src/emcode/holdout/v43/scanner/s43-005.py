import httpx


class DockApi:
    def __init__(self, base="https://docks.citybike.example"):
        self.client = httpx.Client(base_url=base, verify=False, timeout=5)

    def free_slots(self, dock):
        return self.client.get(f"/docks/{int(dock)}/free").json()["free"]
