from fastapi import FastAPI, HTTPException

app = FastAPI()
TARIFFS = {"standard": (10.0, 0.5), "disabled-bay": (60.0, 0.0), "loading": (25.0, 1.0)}


@app.get("/fines/compute")
def compute_fine(minutes_over: int, tariff: str = "standard"):
    if tariff not in TARIFFS:
        raise HTTPException(400, "unknown tariff")
    base, per_min = TARIFFS[tariff]
    return {"minutes_over": minutes_over, "amount": round(base + per_min * max(minutes_over, 0), 2)}


@app.get("/fines/table")
def fine_table():
    return [{"minutes": m, "amount": 10 + m * 0.5} for m in range(0, 121, 1