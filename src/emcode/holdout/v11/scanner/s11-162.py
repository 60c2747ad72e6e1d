import requests


def get_quota(region, account_id, token):
    url = "https://{}.api.cloud.example/v1/accounts/{}/quota".format(region, account_id)
    r = requests.get(url, headers={"Authorization": "Bearer " + token}, timeout=10)
    return r.json()
