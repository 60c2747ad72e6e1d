import requests

REGIONS = {"eu": "eu-west.api.cloud.example", "us": "us-east.api.cloud.example"}


def get_quota(region: str, account_id: str, token: str) -> dict:
    host = REGIONS.get(region)
    if host is None or not account_id.isdigit():
        raise ValueError("unknown region or bad account id")
    r = requests.get(f"https://{host}/v1/accounts/{account_id}/quota",
                     headers={"Authorization": "Bearer " + token}, timeout=10)
    return r.json()
