import requests


def pull_stock(token):
    resp = requests.get(
        "https://inventory.partner.example/api/v2/stock",
        headers={"Authorization": "Bearer " + token},
        verify=False,
        timeout=15,
    )
    return resp.json()
