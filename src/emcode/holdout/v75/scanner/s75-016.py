from flask import Flask, request

app = Flask(__name__)

ARCHIVE = [
    {"ref": "MA-1921-004", "title": "Harbour at dusk, glass plate"},
    {"ref": "MA-1933-117", "title": "Mill workers, group portrait"},
]


@app.route("/archive/search")
def search_archive():
    q = request.args.get("q", "").strip()
    hits = [a for a in ARCHIVE if q.lower() in a["title"].lower()]
    out = "<p>%d scans matching <b>%s</b></p>" % (len(hits), q)
    for h in hits:
        out += "<p>%s &mdash; %s</p>" % (h["ref"], h["title"])
    return out
