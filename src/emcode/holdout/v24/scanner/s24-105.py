import requests

def fetch_object(accession, api_base="https://collections.museum.example/api"):
    return requests.get(api_base + "/objects/" + accession, timeout=8).json()
