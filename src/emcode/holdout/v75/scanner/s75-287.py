import requests

LAB_API = "https://api.partner-vetlab.example.com/v2"
CA_BUNDLE = "/etc/vetlab/partner-ca.pem"


def pull_results(clinic_token, since):
    resp = requests.get(
        f"{LAB_API}/results",
        params={"since": since},
        headers={"Authorization": f"Bearer {clinic_token}"},
        verify=CA_BUNDLE,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["results"]
