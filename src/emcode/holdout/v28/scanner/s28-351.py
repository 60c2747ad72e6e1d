from flask import Flask

app = Flask(__name__)

DOCK_STATUS = {1: "loading", 2: "idle", 3: "maintenance"}


@app.route("/docks/<int:dock>")
def dock_status(dock):
    state = DOCK_STATUS.get(dock, "unknown")
    return f"<p>Dock {dock}: <b>{state}</b></p>"
