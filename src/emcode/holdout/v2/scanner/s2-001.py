import sys

import requests


def main(url: str) -> None:
    with requests.Session() as session:
        session.cert = ("/etc/myapp/client.crt", "/etc/myapp/client.key")
        session.verify = "/etc/myapp/ca.pem"
        resp = session.get(url, timeout=10)
        print(resp.status_code, len(resp.content))


if __name__ == "__main__":
    main(sys.argv[1])
