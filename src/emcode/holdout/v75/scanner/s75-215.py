import requests


def fetch_iiif_info(server, image_id):
    return requests.get(server.rstrip("/") + "/" + image_id + "/info.json", timeout=10).json()
