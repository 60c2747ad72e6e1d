from flask import Flask, request, redirect

app = Flask(__name__)
DESTINATIONS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "home": "/",
}


@app.route("/go")
def go():
    key = request.args.get("to", "home")
    return redirect(DESTINATIONS.get(key, "/"))
