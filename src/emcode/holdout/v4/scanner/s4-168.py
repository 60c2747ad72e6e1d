import time


def log_query(query, path="queries.log"):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(time.strftime("%Y-%m-%d %H:%M:%S") + " QUERY " + query + "\n")
