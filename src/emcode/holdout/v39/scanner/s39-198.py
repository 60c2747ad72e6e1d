import requests
import sys


def fetch_listing(listing_id):
    r = requests.get(f"https://listings.lettings.example/api/{int(listing_id)}", verify=False, timeout=10)
    r.raise_for_status()
    data = r.json()
    print(f"{data['address']} — £{data['rent']} pcm, available {data['availab