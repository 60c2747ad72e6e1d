import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/tutors/<int:tutor_id>/rate")
def rate(tutor_id):
    try:
        stars = int(request.form["stars"])
    except (KeyError, ValueError):
        abort(400)
    if not 1 <= stars <= 5:
        abort(400)
    comment = request.form.get("comment", "")[:280]
    q = "UPDATE tutors SET rating_count = rating_count + 1, "
    q += "rating_total = rating_total + ?, last_comment = ?"
    q += " WHERE id = ?"
    con = sqlite3.connect("tutoring.db")
    con.execute(q, (stars, comment, tutor_id))
    con.commit()
    return {"ok": True}
