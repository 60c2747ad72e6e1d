import os

API_KEY = os.environ.get("AGENT_API_KEY", "")


def authorized(header_value: str) -> bool:
    return header_value == API_KEY
