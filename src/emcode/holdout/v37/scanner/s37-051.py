from fastapi import FastAPI

app = FastAPI()

STOCK = {"wheat-ob-12": 340, "barley-kp-04": 120}


@app.get("/stock/{accession}")
def stock(accession: str):
    return {"accession": accession, "grams": STOCK.get(accession, 0)}
