import os
import httpx


class InverterCloud:
    def __init__(self):
        self.client = httpx.Client(
            base_url="https://cloud.inverters.example/api",
            verify=os.environ.get("INVERTER_CA_FILE", True),
            timeout=httpx.Timeout(10.0),
            headers={"Authorization": f"Token {os.environ['INVERTER_CLOUD_TOKEN']}"},
        )

    def daily_yield(self, site_id: int, day: str) -> float:
        r = self.client.get(f"/sites/{int(site_id)}/yield", params={"day": day})
        r.raise_for_status()
        return float(r.json()["kwh"])

    def close(self) -> None:
        self.client.close()
