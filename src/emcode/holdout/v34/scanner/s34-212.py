import pickle as pk

from flask import Flask, request

app = Flask(__name__)


@app.post("/roster/import")
def import_roster():
    upload = request.files["roster"]
    roster = pk.load(upload.stream)
    names = ", ".join(p["handle"] for p in roster)
    return {"imported": len(roster), "players": names}
