import datetime

def log_search(query, path="search.log"):
    line = datetime.datetime.utcnow().isoformat() + " search: " + query + "\n"
    with open(path, "a") as fh:
        fh.write(line)
