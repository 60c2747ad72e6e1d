import os
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
UPDATABLE = {"status", "zone", "battery"}


@app.route("/robots/<int:robot_id>", methods=["PATCH"])
def patch_robot(robot_id):
    changes = {k: v for k, v in (request.get_json(silent=True) or {}).items() if k in UPDATABLE}
    if not changes:
        return jsonify(error="nothing to update"), 400
    cols = sorted(changes)
    assignments = ", ".join(f"{c} = %s" for c in cols)
    sql = "UPDATE robots SET " + assignments + " WHERE id = %s"
    values = [changes[c] for c in cols] + [robot_id]
    with psycopg2.connect(os.environ["WAREHOUSE_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(sql, values)
        updated = cur.rowcount
    return jsonify(updated=updated)
