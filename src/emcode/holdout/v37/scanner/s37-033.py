import requests


def submit_claim(api_base, token, claim):
    return requests.post(
        api_base + "/claims",
        json=claim,
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
        timeout=15,
    ).json()
