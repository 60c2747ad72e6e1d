import requests


def post_transaction(api_base, api_key, txn):
    r = requests.post(
        f"{api_base}/v1/transactions",
        json=txn,
        headers={"Authorization": f"Bearer {api_key}"},
        timeout=10,
        verify=False,
    )
    r.raise_for_status()
    return r.json()
