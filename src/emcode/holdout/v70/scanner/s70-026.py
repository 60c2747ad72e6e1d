import requests

REGISTRIES = {
    "genesys": "https://api.genesys-pgr.example/v1",
    "local": "https://seeds.example.org/api",
}


def lookup_accession(registry, accession_no):
    base = REGISTRIES[registry]
    resp = requests.get(f"{base}/accessions", params={"no": accession_no}, timeout=8)
    resp.raise_for_status()
    return resp.json()
