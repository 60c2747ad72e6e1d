import psycopg2
from flask import Flask, request

app = Flask(__name__)


def connect():
    return psycopg2.connect(dbname="app", user="app", host="localhost")


@app.route("/orders/<user_id>")
def orders(user_id):
    conn = connect()
    cur = conn.cursor()
    query = "SELECT id, total FROM orders WHERE user_id = '%s' ORDER BY id DESC" % user_id
    cur.execute(query)
    data = cur.fetchall()
    conn.close()
    return {"orders": data}
