import psycopg2
from flask import Flask, request, abort

app = Flask(__name__)
SORTABLE = {"name": "p.name", "price": "p.price", "added": "p.created_at"}


@app.route("/products")
def products():
    sort_key = request.args.get("sort", "name")
    column = SORTABLE.get(sort_key)
    if column is None:
        abort(400)
    direction = "DESC" if request.args.get("desc") == "1" else "ASC"
    category = request.args.get("category", "")
    query = "SELECT p.id, p.name, p.price FROM products p"
    query += " WHERE p.category = %s"
    query += f" ORDER BY {column} {direction}"
    with psycopg2.connect("dbname=shop") as conn:
        with conn.cursor() as cur:
            cur.execute(query, (category,))
            rows = cur.fetchall()
    return {"items": [{"id": r[0], "name": r[1], "price": float(r[2])} for r in rows]}
