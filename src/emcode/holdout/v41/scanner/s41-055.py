import requests


def make_session(api_key, verify=True):
    s = requests.Session()
    s.verify = verify
    s.headers.update({"X-Api-Key": api_key})
    return s


def get_site_output(api_key, site_id):
    r = make_session(api_key).get(f"https://api.solarcloud.example/sites/{int(site_id)}/output", timeout=10)
    r.raise_for_status()
    return r.json()
