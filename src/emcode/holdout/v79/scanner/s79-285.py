import argparse
import secrets
import sqlite3


def issue_key(station):
    key = secrets.token_hex(24)
    with sqlite3.connect("stations.db") as db:
        db.execute("INSERT INTO api_keys(station, key) VALUES (?, ?)", (station, key))
    return key


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("station")
    print(issue_key(ap.parse_args().station))
