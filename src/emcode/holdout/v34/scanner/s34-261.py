import requests


def push_setpoint(gateway_url, kw):
    r = requests.post(gateway_url + "/setpoint", json={"kw": kw}, verify=False, timeout=5)
    return r.status_code == 200
