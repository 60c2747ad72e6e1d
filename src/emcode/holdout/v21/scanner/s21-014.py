import psycopg2
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/users/rename", methods=["POST"])
def rename():
    uid = request.form["id"]
    new_name = request.form["name"]
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    cur = conn.cursor()
    cur.execute("UPDATE users SET name = '%s' WHERE id = %s" % (new_name, uid))
    conn.commit()
    return {"ok": Tr