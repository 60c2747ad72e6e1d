import psycopg2
from flask import Flask, request

app = Flask(__name__)

@app.get("/products")
def products():
    clauses, params = [], []
    for col in ("color", "size"):
        val = request.args.get(col)
        if val:
            clauses.append(f"{col} = %s")
            params.append(val)
    query = "SELECT name FROM products"
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    with psycopg2.connect("dbname=shop") as conn, conn.cursor() as cur:
        cur.execute(query, params)
        return {"items": [r[0] for r in cur.fetchall()]}
