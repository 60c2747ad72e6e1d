import datetime
import json


def append_access_log(path, client_ip, user_agent, url):
    entry = {"ts": datetime.datetime.now(datetime.timezone.utc).isoformat(), "ip": client_ip, "url": url, "ua": user_agent}
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
