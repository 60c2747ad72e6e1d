import sys

import MySQLdb


def find_orders(conn, email):
    query = "SELECT o.id, o.total FROM orders o "
    query += "JOIN customers c ON c.id = o.customer_id "
    query += "WHERE c.email = %s"
    cur = conn.cursor()
    cur.execute(query, (email,))
    return cur.fetchall()


if __name__ == "__main__":
    db = MySQLdb.connect(read_default_file="~/.my.cnf", db="shop")
    for oid, total in find_orders(db, sys.argv[1]):
        print("%s\t%s" % (oid, total))
