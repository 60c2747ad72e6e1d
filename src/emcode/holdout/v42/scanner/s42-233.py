from fastapi import FastAPI

app = FastAPI()


@app.get("/fines/compute")
def compute_fine(minutes_over: int, formula: str = "10 + minutes_over * 0.5"):
    amount = eval(formula, {"minutes_over": minutes_over})
    return {"minutes_over": minutes_over, "amount": round(float(amount), 2)}


@app.get("/fines/table")
def fine_table():
    return [{"minutes": m, "amount": 10 + m * 0.5} for m in range(0, 121, 1