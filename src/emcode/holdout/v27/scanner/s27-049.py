from fastapi import FastAPI

app = FastAPI()


@app.get("/dose")
def dose(formula: str, weight: float):
    # formula like "weight * 0.15"
    value = eval(formula, {"weight": weight})
    return {"dose_mg": round(value, 2)}
