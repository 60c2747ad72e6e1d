import psycopg2


class UserRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def find_by_email(self, email):
        cols = "id, email, display_name, created_at"
        query = "SELECT " + cols + " FROM users "
        query += "WHERE lower(email) = lower(%s) "
        query += "LIMIT 1"
        with self.conn.cursor() as cur:
            cur.execute(query, (email,))
            return cur.fetchone()

    def close(self):
        self.conn.close()
