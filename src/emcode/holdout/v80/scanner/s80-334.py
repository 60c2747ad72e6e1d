TRUSTED = "https://carpark.example-hospital.org"


def is_trusted_return(url: str) -> bool:
    return url.startswith(TRUSTED)
