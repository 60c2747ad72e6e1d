import requests


def settle_payout(api_base, token, tutor_id, amount):
    r = requests.post(
        f"{api_base}/payouts",
        json={"tutor": tutor_id, "amount": amount},
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
        timeout=10,
    )
    return r.json()
