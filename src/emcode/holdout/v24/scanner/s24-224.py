from flask import Flask, request

app = Flask(__name__)
LEVELS = {1: 120, 2: 95, 3: 40}


@app.route("/levels")
def levels():
    try:
        level = int(request.args.get("level", "1"))
    except ValueError:
        level = 1
    free = LEVELS.get(level, 0)
    html_out = f"""
    <div class="level">
      <h2>Level {level}</h2>
      <p>{free} spaces free</p>
    </div>
    """
    return html_out
