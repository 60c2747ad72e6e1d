import sqlite3
import argparse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--customer")
    args = ap.parse_args()
    conn = sqlite3.connect("orders.db")
    total = conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
    print("orders in db:", total)
    query = "SELECT id, total FROM orders WHERE customer = '" + args.cust