import requests


def fetch_alarms(turbine):
    r = requests.get("https://api.windvendor.example/v2/alarms", params={"turbine": turbine}, timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for alarm in fetch_alarms("WTG-07"):
        print(alarm["code"], alarm["raised"])
