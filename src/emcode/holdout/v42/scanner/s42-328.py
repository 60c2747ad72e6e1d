import requests


def fetch_recipe_image(image_url, timeout=5):
    resp = requests.get(image_url, timeout=timeout)
    resp.raise_for_status()
    return resp.content
