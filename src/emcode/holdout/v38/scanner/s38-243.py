from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/pets/<int:pet_id>")
def pet(pet_id):
    return {"id": pet_id}


@app.route("/go")
def go():
    pet_id = request.args.get("pet", type=int)
    if pet_id is None:
        return redirect(url_for("index"))
    return redirect(url_for("pet", pet_id=pet_id))


@app.route("/")
def index():
    return {"ok": True}
