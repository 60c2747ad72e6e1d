from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
LIGHTS = {"kitchen": "on", "hall": "off"}


@app.route("/lights")
def lights():
    room = escape(request.args.get("room", ""))
    state = LIGHTS.get(str(room), "unknown")
    page = f"""<h1>Lights</h1>
<p>The {room} light is {st