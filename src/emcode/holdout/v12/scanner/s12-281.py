import os
import pymysql


class SalesQuery:
    def __init__(self):
        self.sql = "SELECT region, product, SUM(qty) AS qty FROM sales WHERE 1=1"
        self.params = []

    def region(self, value):
        self.sql += " AND region = %s"
        self.params.append(value)
        return self

    def since(self, day):
        self.sql += " AND sold_on >= %s"
        self.params.append(day)
        return self

    def run(self):
        self.sql += " GROUP BY region, product"
        conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
                               password=os.environ["DB_PASS"], database="sales")
        try:
            with conn.cursor() as cur:
                cur.execute(self.sql, self.params)
                return cur.fetchall()
        finally:
            conn.close()


if __name__ == "__main__":
    import sys
    for row in SalesQuery().region(sys.argv[1]).since(sys.argv[2]).run():
        print(*row)
