import requests

CA_BUNDLE = "/etc/ssl/certs/islandferries-ca.pem"


def fetch_sailings(port):
    resp = requests.get(
        "https://api.islandferries.example/v1/sailings",
        params={"port": port},
        verify=CA_BUNDLE,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    for s in fetch_sailings("Northpoint"):
        print(s["depart"], s["vessel"])
