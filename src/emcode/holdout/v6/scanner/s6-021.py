import psycopg2
from flask import request, Flask

app = Flask(__name__)
ALLOWED = ("category", "brand")

@app.route("/items")
def items():
    clauses, values = [], []
    for field in ALLOWED:
        val = request.args.get(field)
        if val:
            clauses.append(f"{field} = %s")
            values.append(val)
    query = "SELECT sku, name FROM items"
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    with psycopg2.connect(dbname="inventory") as conn, conn.cursor() as cur:
        cur.execute(query, values)
        return {"items": cur.fetchall()}
