import argparse

import psycopg2


def build_query(sku=None, warehouse=None):
    clauses = []
    if sku:
        clauses.append("sku LIKE '%%%s%%'" % sku)
    if warehouse:
        clauses.append("warehouse = '%s'" % warehouse)
    query = "SELECT sku, qty FROM stock"
    if clauses:
        query = query + " WHERE " + " AND ".join(clauses)
    return query


def main():
    ap = argparse.ArgumentParser(description="stock lookup")
    ap.add_argument("--sku")
    ap.add_argument("--warehouse")
    args = ap.parse_args()
    conn = psycopg2.connect(dbname="inventory")
    cur = conn.cursor()
    cur.execute(build_query(args.sku, args.warehouse))
    for sku, qty in cur.fetchall():
        print(sku, qty)


if __name__ == "__main__":
    main()
