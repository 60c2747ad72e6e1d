from flask import Flask, abort, redirect, request

app = Flask(__name__)
SPONSOR_LINKS = {
    "acme": "https://acme-floss.example/",
    "smileco": "https://smileco.example/offer",
}


@app.get("/out")
def outbound():
    dest = SPONSOR_LINKS.get(request.args.get("s", ""))
    if dest is None:
        abort(404)
    return redirect(dest)


@app.get("/sponsors")
def sponsors():
    return {"sponsors": ["Acme Floss", "Smile Co"], "updated": "2026-0