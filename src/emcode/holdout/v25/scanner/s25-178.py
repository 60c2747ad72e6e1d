import argparse
import psycopg2


def parse():
    p = argparse.ArgumentParser(description="List thesis archive records")
    p.add_argument("--author")
    p.add_argument("--dept")
    p.add_argument("--limit", type=int, default=50)
    return p.parse_args()


def main():
    args = parse()
    clauses, values = [], []
    if args.author:
        clauses.append("author ILIKE %s")
        values.append(f"%{args.author}%")
    if args.dept:
        clauses.append("department = %s")
        values.append(args.dept)
    query = "SELECT id, title, author, year FROM theses"
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    query += " LIMIT %s"
    values.append(args.limit)
    with psycopg2.connect(dbname="archive") as conn, conn.cursor() as cur:
        cur.execute(query, values)
        for row in cur.fetchall():
            print(*row, sep="\t")


if __name__ == "__main__":
    main()
