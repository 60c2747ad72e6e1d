def is_internal_feed(url: str) -> bool:
    return "telemetry.solarfarm.example" in url
