import psycopg2
from flask import Flask, request

app = Flask(__name__)

@app.get("/products")
def products():
    clauses = []
    if request.args.get("color"):
        clauses.append("color = '%s'" % request.args["color"])
    if request.args.get("size"):
        clauses.append("size = '%s'" % request.args["size"])
    query = "SELECT name FROM products"
    if clauses:
        query = query + " WHERE " + " AND ".join(clauses)
    conn = psycopg2.connect("dbname=shop")
    cur = conn.cursor()
    cur.execute(query)
    return {"items": [r[0] for r in cur.fetchall()]}
