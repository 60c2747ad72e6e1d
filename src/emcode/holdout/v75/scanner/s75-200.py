from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.post("/plots/search")
def plot_search():
    plot_no = request.form.get("plot_no", type=int)
    if plot_no is None:
        return redirect(url_for("plot_index"))
    return redirect(url_for("plot_detail", plot_no=plot_no))


@app.get("/plots/")
def plot_index():
    return "index"


@app.get("/plots/<int:plot_no>")
def plot_detail(plot_no):
    return {"plot": plot_no}
