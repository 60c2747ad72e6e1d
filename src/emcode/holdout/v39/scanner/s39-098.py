import json
import sys
from urllib.parse import urlencode
from urllib.request import urlopen

API = "https://api.gbif.example/v1/occurrence/search"


def occurrences(species: str, limit: int = 20):
    qs = urlencode({"scientificName": species, "limit": limit})
    with urlopen(f"{API}?{qs}", timeout=15) as resp:
        return json.load(resp)["results"]


if __name__ == "__main__":
    for occ in occurrences(" ".join(sys.argv[1:])):
        print(occ.get("country"), occ.get("eventDate"))
