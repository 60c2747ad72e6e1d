import requests
import urllib3

urllib3.disable_warnings()

STATIONS = ["https://st-04.icefield.example/telemetry", "https://st-07.icefield.example/telemetry"]


def pull():
    out = {}
    for url in STATIONS:
        r = requests.get(url, verify=False, timeout=20)
        out[url] = r.json()
    return out


if __name__ == "__main__":
    for k, v in pull().items():
        print(k, v.get("ice_thickness_m"))
