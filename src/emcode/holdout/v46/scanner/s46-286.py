import requests

BASE = "https://loans.orchestra.example"


def overdue(session):
    r = session.get(f"{BASE}/api/overdue", timeout=10)
    r.raise_for_status()
    return r.json()


def main():
    with requests.Session() as s:
        for loan in overdue(s):
            print(f"{loan['student']:<24} {loan['instrument']:<16} due {loan['due']}")
        print("count:", len(overd