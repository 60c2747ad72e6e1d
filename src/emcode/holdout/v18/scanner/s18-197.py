import joblib
from fastapi import FastAPI, HTTPException

app = FastAPI()
REGISTRY = {
    "churn-v3": "/opt/models/churn-v3.joblib",
    "ltv-v1": "/opt/models/ltv-v1.joblib",
}
_cache = {}


@app.get("/predict/{model_name}")
def predict(model_name: str, tenure: float, spend: float):
    path = REGISTRY.get(model_name)
    if path is None:
        raise HTTPException(404, "unknown model")
    model = _cache.get(model_name)
    if model is None:
        model = _cache[model_name] = joblib.load(path)
    return {"model": model_name, "score": float(model.predict([[tenure, spend]])[0])}
