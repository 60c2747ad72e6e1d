from flask import Flask, request
import html

app = Flask(__name__)


@app.route("/greet")
def greet():
    raw = request.args.get("name", "guest")
    safe_name = html.escape(raw)
    page = f"""
    <html>
      <body>
        <h1>Hello, {safe_name}!</h1>
        <p>Welcome back to the inventory portal.</p>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
