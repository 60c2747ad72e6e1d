import requests

CA_BUNDLE = "/etc/solarfarm/ca.pem"
GATEWAY = "https://gateway.solarfarm.example"


def push_setpoint(kw):
    r = requests.post(GATEWAY + "/setpoint", json={"kw": float(kw)}, verify=CA_BUNDLE, timeout=5)
    return r.status_code == 200
