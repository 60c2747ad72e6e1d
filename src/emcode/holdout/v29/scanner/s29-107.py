import sys

import requests


def fetch_policy(number):
    r = requests.get(f"https://api.insureco.example/policies/{int(number)}", timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    try:
        policy = fetch_policy(sys.argv[1])
    except (IndexError, ValueError):
        sys.exit("usage: policy.py POLICY_NUMBER")
    except requests.RequestException as exc:
        sys.exit(f"could not fetch policy: {exc.__class__.__name__}")
    print(policy["holder"], policy["status"])
