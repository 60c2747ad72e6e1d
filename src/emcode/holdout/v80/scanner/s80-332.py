import hashlib
import os
import sqlite3

from flask import Flask, request
from flask_login import current_user, login_required

app = Flask(__name__)


@app.post("/staff/password")
@login_required
def set_password():
    staff_id = current_user.get_id()
    pw = request.form["password"]
    salt = os.urandom(16)
    h = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000).hex()
    with sqlite3.connect("staff.db") as con:
        con.execute("UPDATE staff SET pw = ?, salt = ? WHERE id = ?", (h, salt.hex(), staff_id))
    return {"ok": True}
