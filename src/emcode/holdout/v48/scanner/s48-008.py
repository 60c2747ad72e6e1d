import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/tutors/<int:tutor_id>/rate")
def rate(tutor_id):
    stars = request.form["stars"]
    comment = request.form.get("comment", "")
    q = "UPDATE tutors SET rating_count = rating_count + 1, "
    q += "rating_total = rating_total + " + stars + ", last_comment = '" + comment + "'"
    q += " WHERE id = %d" % tutor_id
    con = sqlite3.connect("tutoring.db")
    con.execute(q)
    con.commit()
    return {"ok": True}
