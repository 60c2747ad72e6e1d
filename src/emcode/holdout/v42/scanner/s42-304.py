from flask import Flask, render_template_string, request

app = Flask(__name__)

RECEIPT = """
<h2>Fuel receipt</h2>
<p>Station: {{ station }}</p>
<p>Litres: {{ '%.2f'|format(litres) }}</p>
"""


@app.get("/receipt/preview")
def receipt_preview():
    return render_template_string(
        RECEIPT,
        station=request.args.get("station", "unknown"),
        litres=request.args.get("litres", 0, type=float),
    )
