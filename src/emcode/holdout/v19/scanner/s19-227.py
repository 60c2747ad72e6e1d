import requests

API = "https://{owner}/{repo}/raw/main/README.md"

def readme(owner, repo):
    return requests.get(API.format(owner=owner, repo=repo), timeout=5).text
