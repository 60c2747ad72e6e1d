import requests

PORTAL = "https://portal.schooldata.example/api"


def download_rooms(token):
    r = requests.get(f"{PORTAL}/rooms", headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=15)
    r.raise_for_status()
    rooms = r.json()
    for room in rooms:
        print(room["code"], room["capac