import xml.etree.ElementTree as ET

import requests


def fetch_schedule():
    r = requests.get("https://ferry.internal.example/schedule.xml", timeout=10)
    r.raise_for_status()
    root = ET.fromstring(r.content)
    return [(s.get("dep"), s.get("arr")) for s in root.iter("sailing")]


if __name__ == "__main__":
    for dep, arr in fetch_schedule():
        print(dep, "->", arr)
