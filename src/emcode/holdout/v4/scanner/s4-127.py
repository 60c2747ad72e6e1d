import psycopg2
from flask import request, Flask

app = Flask(__name__)
conn = psycopg2.connect(dbname="crm")


@app.get("/contacts")
def contacts():
    clauses = []
    if request.args.get("city"):
        clauses.append("city = '%s'" % request.args["city"])
    if request.args.get("tag"):
        clauses.append("tags LIKE '%%" + request.args["tag"] + "%%'")
    query = "SELECT name, email FROM contacts"
    if clauses:
        query = query + " WHERE " + " AND ".join(clauses)
    order = request.args.get("sort", "name")
    query += " ORDER BY {}".format(order)
    with conn.cursor() as cur:
        cur.execute(query)
        return {"rows": cur.fetchall()}
