from flask import Flask, request, jsonify
from markupsafe import escape as esc

app = Flask(__name__)
sightings = []


@app.post("/api/sightings")
def add_sighting():
    data = request.get_json(force=True)
    sightings.append({"observer": data.get("observer", "anon"), "species": data.get("species", "?")})
    return jsonify(ok=True), 201


@app.get("/sightings")
def list_sightings():
    rows = []
    for s in sightings:
        rows.append("<tr><td>%s</td><td>%s</td></tr>" % (esc(s["observer"]), esc(s["species"])))
    return "<table><tr><th>Observer</th><th>Species</th></tr>" + "".join(rows) + "</table>"
