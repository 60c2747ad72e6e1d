API_KEY = "k-7f3e9a"


def check_key(provided):
    return provided == API_KEY
