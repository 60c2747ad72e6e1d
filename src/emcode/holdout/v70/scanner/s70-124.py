from flask import Flask, request, make_response

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
    body = RECEIPT.format(plot_no=plot_no, tenant=tenant, rent=rent)
    response = make_response(body, 201)
    response.headers["X-Plot"] = "assigned"
    return response
