from fastapi import FastAPI, HTTPException

app = FastAPI()
FORMULAS = {
    "standard": lambda w: w * 0.15,
    "reduced": lambda w: w * 0.10,
}


@app.get("/dose")
def dose(formula: str, weight: float):
    fn = FORMULAS.get(formula)
    if fn is None or not 0 < weight < 300:
        raise HTTPException(400, "unknown formula or weight out of range")
    return {"dose_mg": round(fn(weight), 2)}
