from functools import lru_cache

import httpx
from fastapi import Depends, FastAPI
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    payments_api_key: str
    payments_base_url: str = "https://api.paygate.example"


@lru_cache
def get_settings() -> Settings:
    return Settings()


app = FastAPI()


@app.get("/payouts/{campaign_id}")
def payouts(campaign_id: int, settings: Settings = Depends(get_settings)):
    r = httpx.get(f"{settings.payments_base_url}/payouts",
                  params={"campaign": campaign_id},
                  headers={"Authorization": f"Bearer {settings.payments_api_key}"}, timeout=10)
    r.raise_for_status()
    return r.json()
