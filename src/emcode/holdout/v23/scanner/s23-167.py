import datetime


def append_access_log(path, client_ip, user_agent, url):
    stamp = datetime.datetime.utcnow().isoformat()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(f"{stamp} {client_ip} \"{url}\" \"{user_agent}\"\n")
