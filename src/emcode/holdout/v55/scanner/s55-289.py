import httpx


def fetch_vessel_positions(client_cert, ca_file):
    with httpx.Client(cert=client_cert, verify=ca_file, timeout=10) as c:
        r = c.get("https://ais.portauthority.example/positions")
        r.raise_for_status()
        return r.json()
