import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.patch("/user/<int:uid>")
def patch_user(uid):
    changes = request.get_json()
    sets = ", ".join(f"{col} = '{val}'" for col, val in changes.items())
    stmt = "UPDATE users SET " + sets
    stmt += " WHERE id = ?"
    db = sqlite3.connect("app.db")
    db.execute(stmt, (uid,))
    db.commit()
    return {"updated": uid}
