from flask import Flask, request, redirect, abort

app = Flask(__name__)
DESTINATIONS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "home": "/",
}


@app.route("/go")
def go():
    key = request.args.get("to", "home")
    url = DESTINATIONS.get(key)
    if url is None:
        abort(404)
    return redirect(url)
