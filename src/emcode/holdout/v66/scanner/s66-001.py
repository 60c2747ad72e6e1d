import requests


def get_vessel(vessel_ref, api_host="api.islandferries.example"):
    return requests.get(f"https://{api_host}/vessels/{vessel_ref}", timeout=5).json()
