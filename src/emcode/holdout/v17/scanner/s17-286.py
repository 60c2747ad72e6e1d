import pymysql


class CustomerRepo:
    BASE = "SELECT id, name, email FROM customers"

    def __init__(self, conn):
        self.conn = conn

    def search(self, term, limit=20):
        sql = self.BASE
        if term:
            sql += " WHERE name LIKE '%%" + term + "%%'"
        sql += " LIMIT %d" % int(limit)
        with self.conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()


def handler(event, context):
    conn = pymysql.connect(host="db", user="crm", database="crm")
    return CustomerRepo(conn).search(event["queryStringParameters"].get("q", ""))
