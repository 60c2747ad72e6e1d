import requests


def lookup_accession(registry, accession_no):
    resp = requests.get(registry.rstrip("/") + "/accessions/" + accession_no, timeout=8)
    resp.raise_for_status()
    return resp.json()
