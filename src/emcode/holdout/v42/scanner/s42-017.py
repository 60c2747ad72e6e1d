import requests

PROCESSOR_CA = "/etc/fleet/processor-ca.pem"


def post_transaction(api_key, txn):
    r = requests.post(
        "https://api.cardprocessor.example.com/v1/transactions",
        json=txn,
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=10,
        verify=PROCESSOR_CA,
    )
    r.raise_for_status()
    return r.json()
