from flask import Flask, request, jsonify

app = Flask(__name__)


class Shipment:
    def __init__(self, ref, dest, weight):
        self.ref = ref
        self.dest = dest
        self.weight = weight


@app.post("/labels/preview")
def label_preview():
    fmt = request.form.get("template", "{s.ref} -> {s.dest} ({s.weight} kg)")
    s = Shipment("SH-1182", "Gdansk", 812)
    return jsonify({"label": fmt.format(s=s)})
