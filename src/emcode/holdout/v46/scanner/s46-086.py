from flask import Flask, request, render_template_string

app = Flask(__name__)

TEMPLATE = """<div class="ticket">
  <h3>Pawn ticket #{{ num }}</h3>
  <p>Item: {{ item }}</p>
  <p>Offered: ${{ amount }}</p>
</div>"""


@app.route("/ticket/preview", methods=["POST"])
def preview_ticket():
    item = request.form.get("item", "")
    try:
        amount = "%.2f" % float(request.form.get("amount", "0"))
    except ValueError:
        amount = "0.00"
    return render_template_string(TEMPLATE, num=1042, item=item, amount=amount)
