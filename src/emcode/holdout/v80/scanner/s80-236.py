import httpx


class PartnerClient:
    def __init__(self, token):
        self._client = httpx.Client(base_url="https://api.fridgenet.example", verify=False,
                                    headers={"Authorization": f"Bearer {token}"})

    def donations(self, fridge_id):
        return self._client.get(f"/fridges/{int(fridge_id)}/donations").json()
