from flask import Flask, request, make_response


def create_app():
    app = Flask(__name__)

    @app.get("/billing/preview")
    def preview():
        customer = request.args.get("customer", "")
        amount = request.args.get("amount", "0")
        try:
            total = round(float(amount) * 1.2, 2)
        except ValueError:
            total = 0.0
        header = "<h1>Invoice for %s</h1>" % customer
        lines = [header, "<p>Total incl. VAT: %.2f EUR</p>" % total]
        response = make_response("\n".join(lines))
        response.mimetype = "text/html"
        return response

    return app
