import requests

CA_BUNDLE = "/etc/ssl/certs/corp-ca.pem"


def payment_status(order_id: str, api_key: str) -> str:
    resp = requests.get(
        "https://payments.example.net/v1/orders/" + requests.utils.quote(order_id, safe=""),
        headers={"Authorization": "Bearer " + api_key},
        verify=CA_BUNDLE,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["status"]
