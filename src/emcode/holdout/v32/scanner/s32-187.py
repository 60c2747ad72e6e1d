import requests


def post_accrual(api_base, payload, token):
    return requests.post(
        f"{api_base}/accruals",
        json=payload,
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
        timeout=10,
    )
