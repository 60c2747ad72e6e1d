from flask import Flask, request

app = Flask(__name__)


@app.route("/newsletter/confirm")
def confirm_subscription():
    name = request.args.get("name", "reader")
    topic = request.args.get("topic", "weekly digest")
    page = f"""
    <html>
      <head><title>Subscription confirmed</title></head>
      <body>
        <h1>Thanks, {name}!</h1>
        <p>You are now subscribed to the <strong>{topic}</strong>.</p>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
