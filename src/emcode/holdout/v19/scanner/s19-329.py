import argparse
import sqlite3


def build_query(team, since, until):
    q = "SELECT engineer, COUNT(*) FROM deployments"
    q += " WHERE deployed_at >= ? AND deployed_at < ?"
    params = [since, until]
    if team:
        q += " AND team = ?"
        params.append(team)
    return q + " GROUP BY engineer ORDER BY 2 DESC", params


def main():
    ap = argparse.ArgumentParser(description="Deployments per engineer")
    ap.add_argument("--db", default="ci.db")
    ap.add_argument("--team")
    ap.add_argument("--since", required=True)
    ap.add_argument("--until", required=True)
    a = ap.parse_args()
    sql, params = build_query(a.team, a.since, a.until)
    with sqlite3.connect(a.db) as conn:
        for eng, n in conn.execute(sql, params):
            print(f"{eng:20s} {n}")


if __name__ == "__main__":
    main()
