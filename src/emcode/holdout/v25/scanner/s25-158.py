import pymysql


class CaseSearch:
    def __init__(self, conn):
        self.conn = conn
        self.where = []
        self.args = {}

    def client(self, name):
        self.where.append("client_name LIKE %(client)s")
        self.args["client"] = "%" + name + "%"
        return self

    def status(self, status):
        self.where.append("status = %(status)s")
        self.args["status"] = status
        return self

    def run(self):
        sql = "SELECT case_no, client_name, status FROM cases"
        if self.where:
            sql += " WHERE " + " AND ".join(self.where)
        with self.conn.cursor() as cur:
            cur.execute(sql, self.args)
            return cur.fetchall()


def open_cases_for(client_name):
    conn = pymysql.connect(read_default_file="~/.my.cnf", database="legal")
    try:
        return CaseSearch(conn).client(client_name).status("open").run()
    finally:
        conn.close()
