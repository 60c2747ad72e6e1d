from flask import Flask, request

app = Flask(__name__)
LOG = ["DL1ABC 20m FT8", "K7XYZ 40m CW", "JA1AA 15m SSB"]


@app.route("/find")
def find():
    q = request.args.get("q", "").casefold()[:50]
    return {"hits": [l for l in LOG if q in l.casefold()]}
