import random
import time
import sqlite3


def issue_api_key(db_path, owner):
    random.seed(time.time())
    key = "%032x" % random.getrandbits(128)
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO api_keys(owner, key) VALUES (?, ?)", (owner, key))
    return key


if __name__ == "__main__":
    print(issue_api_key("keys.db", "ci-runner"))
