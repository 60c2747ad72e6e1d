import requests


def get_user_repo(host, owner, repo):
    url = "https://{}/api/v3/repos/{}/{}".format(host, owner, repo)
    return requests.get(url, timeout=10).json()
