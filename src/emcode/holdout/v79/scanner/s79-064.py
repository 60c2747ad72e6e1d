import requests

ARCHIVES = {
    "national": "https://records.national-archive.example",
    "county": "https://county-records.example.gov",
}


def pull_parish_register(archive, parish_id: int):
    base = ARCHIVES[archive]
    r = requests.get(f"{base}/registers/{int(parish_id)}", timeout=15)
    r.raise_for_status()
    return r.json()
