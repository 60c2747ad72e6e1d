from flask import Flask

app = Flask(__name__)


@app.get("/specials")
def specials():
    return {"today": ["carnitas", "mango lassi"]}


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
    print("shutting down the ordering serv