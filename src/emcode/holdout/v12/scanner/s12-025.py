try:
    import cPickle as pickle
except ImportError:
    import pickle
import json
import os
import urllib.request

CACHE = os.path.expanduser("~/.cache/fxrates.pkl")


def fetch_rates():
    with urllib.request.urlopen("https://api.rates.example.com/latest", timeout=10) as resp:
        return json.loads(resp.read().decode("utf-8"))


def snapshot():
    rates = fetch_rates()
    os.makedirs(os.path.dirname(CACHE), mode=0o700, exist_ok=True)
    fd = os.open(CACHE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(rates, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return len(rates)


if __name__ == "__main__":
    print("cached", snapshot(), "rates")
