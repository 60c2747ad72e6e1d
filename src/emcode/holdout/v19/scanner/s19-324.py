import argparse
import sqlite3


def build_query(team, since, until):
    q = "SELECT engineer, COUNT(*) FROM deployments"
    q += " WHERE deployed_at >= '" + since + "'"
    q += " AND deployed_at < '" + until + "'"
    if team:
        q += " AND team = '%s'" % team
    return q + " GROUP BY engineer ORDER BY 2 DESC"


def main():
    ap = argparse.ArgumentParser(description="Deployments per engineer")
    ap.add_argument("--db", default="ci.db")
    ap.add_argument("--team")
    ap.add_argument("--since", required=True)
    ap.add_argument("--until", required=True)
    a = ap.parse_args()
    with sqlite3.connect(a.db) as conn:
        for eng, n in conn.execute(build_query(a.team, a.since, a.until)):
            print(f"{eng:20s} {n}")


if __name__ == "__main__":
    main()
