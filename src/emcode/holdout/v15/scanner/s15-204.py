import mysql.connector
from flask import Flask, request

app = Flask(__name__)


def connect():
    return mysql.connector.connect(host="localhost", user="app", database="crm")


@app.route("/contacts/delete", methods=["POST"])
def bulk_delete():
    ids = request.get_json().get("ids", [])
    if not ids:
        return {"deleted": 0}
    id_list = ",".join(str(i) for i in ids)
    sql = "DELETE FROM contacts WHERE id IN (" + id_list + ")"
    conn = connect()
    cur = conn.cursor()
    cur.execute(sql)
    conn.commit()
    n = cur.rowcount
    conn.close()
    return {"deleted": n}
