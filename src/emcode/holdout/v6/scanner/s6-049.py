from flask import Flask, request, redirect

app = Flask(__name__)
DESTINATIONS = {"home": "/", "docs": "/docs", "billing": "/account/billing"}

@app.route("/jump")
def jump():
    key = request.args.get("to", "home")
    return redirect(DESTINATIONS.get(key, "/"))
