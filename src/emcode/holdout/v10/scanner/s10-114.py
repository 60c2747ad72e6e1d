from flask import Flask, request, render_template_string

app = Flask(__name__)
CARD = "<div class='card'>{{ greeting }}</div><p>From {{ sender }}</p>"


@app.route("/cards/preview", methods=["POST"])
def card_preview():
    return render_template_string(CARD, greeting=request.form.get("greeting", "Happy birthday!"),
                                  sender=request.form.get("sender", "us"))
