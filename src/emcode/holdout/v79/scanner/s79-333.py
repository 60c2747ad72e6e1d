from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/regatta/entry")
def entry():
    """Confirmation page shown after a boat is entered for the regatta."""
    helm = escape(request.args.get("helm", ""))
    sail_no = escape(request.args.get("sail", ""))
    # small enough that a template file would be overkill
    confirmation = """
<section>
  <h2>Entry received</h2>
  <p>Helm: {0}</p>
  <p>Sail number: {1}</p>
</section>
""".format(helm, sail_no)
    return confirmation
