from flask import Flask, render_template, request

app = Flask(__name__)
LAYOUTS = {"weekly": "mail/weekly.html", "event": "mail/event.html"}


@app.post("/newsletter/preview")
def preview():
    layout = LAYOUTS.get(request.form.get("layout", "weekly"), "mail/weekly.html")
    return render_template(layout, headline=request.form.get("headline", ""),
                           body=request.form.get("body", ""))
