import requests


def payment_status(order_id: str, api_key: str) -> str:
    resp = requests.get(
        "https://payments.example.net/v1/orders/" + order_id,
        headers={"Authorization": "Bearer " + api_key},
        verify=False,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["status"]
