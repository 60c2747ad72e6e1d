import psycopg2


class UserRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def find_by_email(self, email):
        cols = "id, email, display_name, created_at"
        query = "SELECT " + cols + " FROM users "
        query += f"WHERE lower(email) = lower('{email}') "
        query += "LIMIT 1"
        with self.conn.cursor() as cur:
            cur.execute(query)
            return cur.fetchone()

    def close(self):
        self.conn.close()


def handler(event, context):
    repo = UserRepository("dbname=app")
    try:
        row = repo.find_by_email(event["queryStringParameters"]["email"])
        return {"statusCode": 200 if row else 404, "body": str(row)}
    finally:
        repo.close()
