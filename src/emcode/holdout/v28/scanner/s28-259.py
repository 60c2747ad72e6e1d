from flask import Flask, redirect, url_for, request

app = Flask(__name__)

SECTIONS = {"rooms": "rooms", "spa": "spa", "dining": "dining"}


@app.get("/jump")
def jump():
    endpoint = SECTIONS.get(request.args.get("to", ""), "rooms")
    return redirect(url_for(endpoint))


@app.get("/rooms")
def rooms():
    return "Our roo