import mysql.connector
from flask import Flask, request, redirect

app = Flask(__name__)


def db():
    return mysql.connector.connect(user="admin", database="forum")


@app.route("/admin/delete_user", methods=["POST"])
def delete_user():
    username = request.form["username"]
    conn = db()
    cur = conn.cursor()
    stmt = "DELETE FROM users "
    stmt = stmt + f"WHERE username = '{username}'"
    cur.execute(stmt)
    conn.commit()
    cur.close()
    # also remove their posts
    cur = conn.cursor()
    cur.execute("DELETE FROM posts WHERE au