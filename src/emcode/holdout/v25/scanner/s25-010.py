import argparse
import psycopg2


def build_parser():
    p = argparse.ArgumentParser(description="List thesis archive records")
    p.add_argument("--author")
    p.add_argument("--dept")
    p.add_argument("--limit", type=int, default=50)
    return p


def main():
    args = build_parser().parse_args()
    conn = psycopg2.connect(dbname="archive")
    cur = conn.cursor()
    clauses = []
    if args.author:
        clauses.append(f"author ILIKE '%{args.author}%'")
    if args.dept:
        clauses.append(f"department = '{args.dept}'")
    query = "SELECT id, title, author, year FROM theses"
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    query += " LIMIT %d" % args.limit
    cur.execute(query)
    for row in cur.fetchall():
        print(*row, sep="\t")
    conn.close()


if __name__ == "__main__":
    main()
