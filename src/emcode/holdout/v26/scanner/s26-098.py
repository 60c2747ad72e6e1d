from flask import Flask

app = Flask(__name__)
TURBINES = {"T-01": 1.9, "T-02": 2.1}


@app.get("/turbines/<tid>/capacity")
def capacity(tid):
    if tid not in TURBINES:
        text = "Turbine %s is not part of this farm" % tid
        return text, 404
    return {"turbine": tid, "mw": TURBINES[tid]}
