from pydantic_settings import BaseSettings
from fastapi import FastAPI


class Settings(BaseSettings):
    database_url: str
    smtp_password: str
    jwt_key: str


settings = Settings()
app = FastAPI()


@app.get("/health")
def health():
    return {"db": settings.database_url.split("@")[-1]}
