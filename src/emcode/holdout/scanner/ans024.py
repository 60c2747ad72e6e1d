import requests

API_TOKEN = "ghp_4fG7hJ2kL9mN1pQ3rS5tV8wX0yZ6aB2cD4eF"


def list_repos(org):
    resp = requests.get(f"https://api.github.com/orgs/{org}/repos",
                        headers={"Authorization": f"token {API_TOKEN}"}, timeout=10)
    resp.raise_for_status()
    return [r["name"] for r in resp.json()]
