import argparse
import sqlite3

def main():
    ap = argparse.ArgumentParser(description="list unpaid invoices")
    ap.add_argument("--customer")
    ap.add_argument("--min", type=float, default=0.0)
    ap.add_argument("--db", default="billing.db")
    a = ap.parse_args()
    sql = "SELECT id, customer, amount FROM invoices WHERE paid = 0 AND amount >= ?"
    args = [a.min]
    if a.customer:
        sql += " AND customer = ?"
        args.append(a.customer)
    con = sqlite3.connect(a.db)
    for row in con.execute(sql + " ORDER BY amount DESC", args):
        print(*row, sep="\t")

if __name__ == "__main__":
    main()
