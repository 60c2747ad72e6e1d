import os


def check_api_key(presented: str) -> bool:
    return presented == os.environ["SERVICE_API_KEY"]
