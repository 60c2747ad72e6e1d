from flask import Flask, request, make_response, abort
from markupsafe import escape

app = Flask(__name__)
TEACHERS = {"t1": {"name": "Ms. Haddad", "bio": "Physics teacher"}}


@app.route("/teachers/<tid>/bio", methods=["POST"])
def update_bio(tid):
    if tid not in TEACHERS:
        abort(404)
    TEACHERS[tid]["bio"] = request.form.get("bio", "")
    return "", 204


@app.route("/teachers/<tid>")
def teacher_card(tid):
    t = TEACHERS.get(tid)
    if t is None:
        abort(404)
    name = escape(t["name"])
    card = "<section class='card'><h2>{}</h2><div>{}</div></section>".format(name, t["bio"])
    return make_response(card)
