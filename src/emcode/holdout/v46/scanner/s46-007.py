import requests

STATIONS = ["https://st-04.icefield.example/telemetry", "https://st-07.icefield.example/telemetry"]
CA_BUNDLE = "/etc/icefield/station-ca.pem"


def pull():
    out = {}
    for url in STATIONS:
        r = requests.get(url, verify=CA_BUNDLE, timeout=20)
        r.raise_for_status()
        out[url] = r.json()
    return out


if __name__ == "__main__":
    for k, v in pull().items():
        print(k, v.get("ice_thickness_m"))
