from flask import Flask, render_template_string, request

app = Flask(__name__)
RECEIPT = "<p>Fare: {{ fare }}</p><footer>{{ footer }}</footer>"


@app.post("/receipts/preview")
def receipt_preview():
    footer = request.form.get("footer", "Thanks for riding")
    return render_template_string(RECEIPT, fare="12.40", footer=footer)
