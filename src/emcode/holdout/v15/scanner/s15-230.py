import sqlite3

from flask import Flask, request

app = Flask(__name__)
EDITABLE = ("title", "body", "status")


@app.route("/tickets/<int:tid>", methods=["PATCH"])
def update_ticket(tid):
    changes = request.get_json(silent=True) or {}
    cols = [c for c in EDITABLE if c in changes]
    if not cols:
        return {"updated": 0}
    assignments = ", ".join(f"{c} = ?" for c in cols)
    values = [str(changes[c]) for c in cols] + [tid]
    conn = sqlite3.connect("helpdesk.db")
    cur = conn.execute("UPDATE tickets SET " + assignments + " WHERE id = ?", values)
    conn.commit()
    conn.close()
    return {"updated": cur.rowcount}
