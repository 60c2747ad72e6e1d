import mysql.connector
from flask import Flask, jsonify, request

app = Flask(__name__)


def conn():
    return mysql.connector.connect(option_files="/etc/regionbus/db.cnf")


@app.get("/stops/search")
def stops_search():
    name = request.args.get("name", "")
    zone = request.args.get("zone", type=int)
    limit = min(request.args.get("limit", 20, type=int), 100)
    q = "SELECT id, name, zone FROM stops WHERE name LIKE %s"
    args = [f"{name}%"]
    if zone is not None:
        q += " AND zone = %s"
        args.append(zone)
    q += " LIMIT %s"
    args.append(limit)
    c = conn()
    try:
        cur = c.cursor(dictionary=True)
        cur.execute(q, args)
        return jsonify(cur.fetchall())
    finally:
        c.close()
