import os

import mysql.connector
from flask import Flask, request

app = Flask(__name__)


def connect():
    return mysql.connector.connect(host="localhost", user="app", password=os.environ["CRM_DB_PASSWORD"],
                                   database="crm")


@app.route("/contacts/delete", methods=["POST"])
def bulk_delete():
    try:
        ids = [int(i) for i in request.get_json().get("ids", [])]
    except (TypeError, ValueError):
        return {"error": "ids must be integers"}, 400
    if not ids:
        return {"deleted": 0}
    marks = ",".join(["%s"] * len(ids))
    sql = "DELETE FROM contacts WHERE id IN (" + marks + ")"
    conn = connect()
    cur = conn.cursor()
    cur.execute(sql, ids)
    conn.commit()
    n = cur.rowcount
    conn.close()
    return {"deleted": n}
