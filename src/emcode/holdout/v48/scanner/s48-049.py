from flask import Flask, make_response, request

app = Flask(__name__)

TEMPLATE = """<html>
<body>
  <h2>Thanks, {name}!</h2>
  <p>Your swarm report for {location} has been received.</p>
</body>
</html>"""


@app.post("/swarms/report")
def swarm_report():
    name = request.form.get("name", "")
    location = request.form.get("location", "")
    out = TEMPLATE.format(name=name, location=location)
    r = make_response(out, 201)
    return r
