import os
import pymysql
from flask import Flask, request, jsonify

app = Flask(__name__)
EDITABLE = ("display_name", "timezone", "locale")


@app.route("/me", methods=["PATCH"])
def update_me():
    uid = int(request.headers["X-User-Id"])
    changes = {k: v for k, v in request.get_json().items() if k in EDITABLE}
    if not changes:
        return jsonify(error="nothing to update"), 400
    assignments = ", ".join(f"{col} = %s" for col in changes)
    sql = "UPDATE profiles SET " + assignments + " WHERE user_id = %s"
    conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"],
                           password=os.environ["DB_PASS"], database="app")
    with conn:
        with conn.cursor() as cur:
            cur.execute(sql, (*changes.values(), uid))
        conn.commit()
    return jsonify(updated=sorted(changes))
