import os

import pymysql
from flask import Flask, request, jsonify, abort
from flask_login import current_user, login_required

app = Flask(__name__)
EDITABLE = ("display_name", "timezone", "locale")


def db():
    return pymysql.connect(host="localhost", user="app", password=os.environ["DB_PASSWORD"], database="accounts", autocommit=True)


@app.route("/profile", methods=["PATCH"])
@login_required
def update_profile():
    user_id = current_user.id
    data = request.get_json(silent=True) or {}
    fields = [k for k in EDITABLE if k in data]
    if not fields:
        abort(400)
    assignments = ", ".join(f"{name} = %s" for name in fields)
    values = [str(data[name]) for name in fields]
    values.append(user_id)
    stmt = "UPDATE users SET " + assignments + " WHERE id = %s"
    with db().cursor() as cur:
        cur.execute(stmt, values)
    return jsonify(updated=fields)
