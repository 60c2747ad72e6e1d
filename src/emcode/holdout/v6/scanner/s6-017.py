import psycopg2
from flask import request, Flask

app = Flask(__name__)

def get_conn():
    return psycopg2.connect(dbname="inventory")

@app.route("/items")
def items():
    filters = []
    for field in ("category", "brand"):
        val = request.args.get(field)
        if val:
            filters.append("%s = '%s'" % (field, val))
    query = "SELECT sku, name FROM items"
    if filters:
        query = query + " WHERE " + " AND ".join(filters)
    cur = get_conn().cursor()
    cur.execute(query)
    return {"items": cur.fetchall()}
