import argparse

import psycopg2


def main():
    p = argparse.ArgumentParser(description="Export trial sign-ups")
    p.add_argument("--site")
    p.add_argument("--since")
    p.add_argument("--status", default="pending")
    a = p.parse_args()

    clauses = ["status = '%s'" % a.status]
    if a.site:
        clauses.append("site_code = '%s'" % a.site)
    if a.since:
        clauses.append("created_at >= '%s'" % a.since)
    query = "SELECT participant_ref, site_code, created_at FROM signups"
    query = query + " WHERE " + " AND ".join(clauses)

    conn = psycopg2.connect(dbname="trials")
    with conn, conn.cursor() as cur:
        cur.execute(query)
        for ref, site, created in cur.fetchall():
            print(f"{ref}\t{site}\t{created:%Y-%m-%d}")


if __name__ == "__main__":
    main()
