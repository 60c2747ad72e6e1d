import time

from flask import Flask

app = Flask(__name__)
STARTED = time.time()
SERVICES = {"api": True, "worker": True, "scheduler": False}


@app.route("/status")
def status():
    uptime = int(time.time() - STARTED)
    html = "<h1>System status</h1><ul>"
    for name, up in SERVICES.items():
        colour = "green" if up else "red"
        html += f"<li style='color:{colour}'>{name}: {'up' if up else 'down'}</li>"
    html += f"</ul><p>Uptime: {uptime // 3600}h {uptime % 3600 // 60}m</p>"
    return html
