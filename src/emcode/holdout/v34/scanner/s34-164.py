from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/go")
def go():
    person = request.args.get("person", type=int)
    if person is None:
        return redirect(url_for("index"))
    return redirect(url_for("person_page", person_id=person))


@app.route("/people/<int:person_id>")
def person_page(person_id):
    return {"person": person_id}


@app.route("/")
def index():
    return {"ok": True}
