import sqlite3
from flask import Flask, request

app = Flask(__name__)
EDITABLE = {"name", "email", "city"}

@app.patch("/user/<int:uid>")
def patch_user(uid):
    changes = {k: v for k, v in request.get_json().items() if k in EDITABLE}
    if not changes:
        return {"error": "nothing to update"}, 400
    cols = list(changes)
    stmt = "UPDATE users SET " + ", ".join(f"{c} = ?" for c in cols)
    stmt += " WHERE id = ?"
    db = sqlite3.connect("app.db")
    db.execute(stmt, [changes[c] for c in cols] + [uid])
    db.commit()
    return {"updated": uid}
