from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/badge")
def badge():
    title = request.args.get("title", "Volunteer")
    html = render_template_string("<div class='badge'>" + title + "</div>")
    return html


@app.get("/badges")
def badges():
    return {"available": ["Volunteer", "Finds officer", "Site direc