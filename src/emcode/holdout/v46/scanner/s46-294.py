import requests

BASE = "https://loans.orchestra.internal"


def overdue():
    r = requests.get(f"{BASE}/api/overdue", verify=False, timeout=10)
    r.raise_for_status()
    return r.json()


def main():
    for loan in overdue():
        print(f"{loan['student']:<24} {loan['instrument']:<16} due {loan['due']}")
    print("count:", len(overd