import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)
SALT = b"carpark-staff"


@app.post("/staff/password")
def set_password():
    staff_id = request.form["staff_id"]
    pw = request.form["password"]
    h = hashlib.pbkdf2_hmac("sha256", pw.encode(), SALT, 200_000).hex()
    with sqlite3.connect("staff.db") as con:
        con.execute("UPDATE staff SET pw = ? WHERE id = ?", (h, staff_id))
    return {"ok": True}
