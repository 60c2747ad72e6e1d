import json
import os
import urllib.request

API = "https://api.registrar.uni.edu/v1/terms/current"


def current_term():
    req = urllib.request.Request(API, headers={"Authorization": "Bearer " + os.environ["REGISTRAR_TOKEN"]})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


if __name__ == "__main__":
    term = current_term()
    print(term["code"], term["starts"], term["ends"])
