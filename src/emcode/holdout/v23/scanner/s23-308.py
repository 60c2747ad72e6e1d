from flask import Flask, request

app = Flask(__name__)
LIGHTS = {"kitchen": "on", "hall": "off"}


@app.route("/lights")
def lights():
    room = request.args.get("room", "")
    state = LIGHTS.get(room, "unknown")
    page = f"""<h1>Lights</h1>
<p>The {room} light is {state}.</p>"""
    return page


@app.route("/lights/toggle", methods=["POST"])
def toggle():
    room = request.form["room"]
    LIGHTS[room] = "off" if LIGHTS.get(room) == "on" else