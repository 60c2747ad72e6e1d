from flask import Flask, request, render_template

app = Flask(__name__)


@app.get("/logs")
def logs():
    turbine_id = request.args.get("turbine", "unknown")
    return render_template("logs.html", turbine=turbine_id, entries=[])
