from flask import Flask, render_template, abort

app = Flask(__name__)
SENSORS = {"greenhouse": 21.4, "cellar": 12.9}


@app.route("/sensors/<name>")
def sensor(name):
    if name not in SENSORS:
        abort(404)
    return render_template("sensor.html", name=name, reading=SENSORS[name])


@app.route("/sensors")
def sensors():
    return render_template("sensors.html", sensors=sorted(SENSORS.items()))
