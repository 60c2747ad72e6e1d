from flask import Flask, request, jsonify

app = Flask(__name__)
sightings = []


@app.post("/api/sightings")
def add_sighting():
    data = request.get_json(force=True)
    sightings.append({"observer": data.get("observer", "anon"), "species": data.get("species", "?")})
    return jsonify(ok=True), 201


@app.get("/sightings")
def list_sightings():
    rows = ""
    for s in sightings:
        rows += "<tr><td>" + s["observer"] + "</td>"
        rows += "<td>" + s["species"] + "</td></tr>"
    html = "<table><tr><th>Observer</th><th>Species</th></tr>" + rows + "</table>"
    return html
