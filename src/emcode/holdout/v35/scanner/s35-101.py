import requests


def pull_lab_results(base_url, token, participant_ref):
    r = requests.get(
        f"{base_url}/results/{participant_ref}",
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
        timeout=30,
    )
    r.raise_for_status()
    return r.json()
