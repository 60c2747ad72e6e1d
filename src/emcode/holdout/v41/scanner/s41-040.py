import argparse
import secrets
import sqlite3


def make_invites(n, campaign_id, db="fund.db"):
    codes = [secrets.token_urlsafe(12) for _ in range(n)]
    with sqlite3.connect(db) as con:
        con.executemany("INSERT INTO invites (campaign_id, code) VALUES (?, ?)",
                        [(campaign_id, c) for c in codes])
    return codes


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("campaign_id", type=int)
    ap.add_argument("-n", type=int, default=10)
    a = ap.parse_args()
    for code in make_invites(a.n, a.campaign_id):
        print(f"https://fundmyidea.example/invite/{co