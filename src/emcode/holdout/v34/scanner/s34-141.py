import psycopg2
import sys


def open_orders(conn, customer):
    cur = conn.cursor()
    query = "SELECT id, item, qty FROM orders"
    query += f" WHERE customer = '{customer}' AND status = 'open'"
    cur.execute(query)
    return cur.fetchall()


def main():
    conn = psycopg2.connect("dbname=bakery")
    for row in open_orders(conn, sys.argv[1]):
        print(*r