from flask import Flask, request, make_response
from markupsafe import Markup

app = Flask(__name__)


@app.route("/home/scenes/run", methods=["POST"])
def run_scene():
    scene = request.form.get("scene", "")
    room = request.form.get("room", "living room")
    snippet = Markup("<p>Scene <b>{}</b> started in the {}.</p>").format(scene, room)
    resp = make_response(str(snippet))
    resp.headers["Cache-Control"] = "no-store"
    return resp
