from flask import Flask, request

app = Flask(__name__)

DRIVERS = ["Amira K.", "Tomasz W.", "Chen L.", "Grace O."]


@app.get("/drivers")
def drivers():
    q = request.args.get("q", "")
    html = "<h1>Drivers</h1>"
    html += "<p>Results for: " + q + "</p><ul>"
    for d in DRIVERS:
        if q.lower() in d.lower():
            html += f"<li>{d}</li>"
    html += "</ul>"
    return html
