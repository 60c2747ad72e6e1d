from flask import Flask, redirect, request, url_for

app = Flask(__name__)

SECTIONS = {"guests", "vendors", "budget", "timeline"}


@app.route("/go")
def go():
    section = request.args.get("to", "guests")
    if section not in SECTIONS:
        section = "guests"
    return redirect(url_for("section", name=section))


@app.route("/s/<name>")
def section(name):
    return {"section": name}
