from flask import Flask

app = Flask(__name__)


@app.route("/zones/<int:zone>/spaces/<int:count>")
def zone_banner(zone, count):
    banner = f"<h2>Zone {zone}</h2><p>{count} spaces currently free.</p>"
    return banner
