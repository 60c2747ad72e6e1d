import requests

LAB_API = "https://labs.trialnet.example.org/api"
LAB_CA = "/etc/trialnet/ca.pem"


def pull_lab_results(token, participant_ref):
    r = requests.get(
        f"{LAB_API}/results/{int(participant_ref)}",
        headers={"Authorization": f"Bearer {token}"},
        verify=LAB_CA,
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
