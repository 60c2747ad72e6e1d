from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

RECEIPT = """<section class="receipt">
  <h2>Plot {plot_no} assigned</h2>
  <p>Tenant: {tenant}</p>
  <p>Annual rent: &pound;{rent:.2f}</p>
</section>"""


@app.route("/plots/assign", methods=["POST"])
def assign_plot():
    plot_no = request.form.get("plot_no", "")
    tenant = request.form.get("tenant", "")
    rent = 38.0 if plot_no.startswith("H") else 52.5
    body = RECEIPT.format(plot_no=escape(plot_no), tenant=escape(tenant), rent=rent)
    return make_response(body, 201)
