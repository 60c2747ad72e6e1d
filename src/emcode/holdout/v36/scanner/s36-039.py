import requests


def fetch_berth_schedule(port_host, berth):
    url = f"http://{port_host}/berths/{berth}/schedule.json"
    return requests.get(url, timeout=10).json()
