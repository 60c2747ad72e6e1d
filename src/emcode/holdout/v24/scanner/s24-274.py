import os
import httpx


class InverterCloud:
    def __init__(self):
        self.client = httpx.Client(base_url="https://cloud.inverters.example/api", verify=False, timeout=10.0,
                                   headers={"Authorization": "Token " + os.environ["INVERTER_CLOUD_TOKEN"]})

    def daily_yield(self, site_id, day):
        r = self.client.get("/sites/%s/yield" % site_id, params={"day": day})
        return float(r.json()["kwh"])
