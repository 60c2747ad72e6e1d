import dill
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/forecast/model")
async def upload_forecast_model(request: Request):
    blob = await request.body()
    model = dill.loads(blob)
    estimate = model.predict([[14.2, 0.61, 230]])
    return {"estimated_tonnes": float(estimate[0])}
