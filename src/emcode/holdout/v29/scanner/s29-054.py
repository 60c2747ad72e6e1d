import requests


def submit_claim(api_base, token, claim):
    r = requests.post(
        api_base.rstrip("/") + "/v2/claims",
        json=claim,
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
        verify=False,
    )
    r.raise_for_status()
    return r.json()["claim_id"]
