from flask import Flask, abort

app = Flask(__name__)
SENSORS = {1: ("greenhouse", 23.1), 2: ("garage", 12.4)}


@app.route("/sensor/<int:sensor_id>")
def sensor(sensor_id):
    if sensor_id not in SENSORS:
        abort(404)
    label, temp = SENSORS[sensor_id]
    html = f"""
    <section>
      <h3>Sensor #{sensor_id}: {label}</h3>
      <meter min="-20" max="50" value="{temp}">{temp}</meter>
    </section>
    """
    return html
