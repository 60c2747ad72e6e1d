import os
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/robots/<int:robot_id>", methods=["PATCH"])
def patch_robot(robot_id):
    changes = request.get_json() or {}
    parts = []
    for col, val in changes.items():
        parts.append("{} = '{}'".format(col, val))
    sql = "UPDATE robots SET " + ", ".join(parts)
    sql += " WHERE id = %d" % robot_id
    with psycopg2.connect(os.environ["WAREHOUSE_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(sql)
    return jsonify(ok=True)
