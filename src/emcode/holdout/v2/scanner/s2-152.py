import pymysql


def search_products(conn: pymysql.connections.Connection, name: str, limit: str) -> list:
    """Products whose name contains name, at most limit of them."""
    sql = "SELECT id, name FROM products WHERE name LIKE '%{}%' LIMIT {}".format(name, limit)
    with conn.cursor() as cur:
        cur.execute(sql)
        return list(cur.fetchall())
