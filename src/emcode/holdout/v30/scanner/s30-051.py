import argparse
import sqlite3


def main():
    parser = argparse.ArgumentParser(description="Print stock for several SKUs")
    parser.add_argument("skus", nargs="+")
    parser.add_argument("--db", default="warehouse.sqlite")
    args = parser.parse_args()

    marks = ", ".join("?" for _ in args.skus)
    stmt = "SELECT sku, bin, quantity FROM stock WHERE sku IN (" + marks + ")"
    with sqlite3.connect(args.db) as conn:
        for sku, bin_code, qty in conn.execute(stmt, args.skus):
            print(f"{sku:<12} {bin_code:<8} {qty:>6}")


if __name__ == "__main__":
    main()
