import requests

GATEWAY = "https://payouts.tutorhub.com/api"
CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"


def settle_payout(token, tutor_id, amount):
    r = requests.post(
        f"{GATEWAY}/payouts",
        json={"tutor": tutor_id, "amount": amount},
        headers={"Authorization": f"Bearer {token}"},
        verify=CA_BUNDLE,
        timeout=10,
    )
    r.raise_for_status()
    return r.json()
